# One helper per test kind (the shape of Qt Creator's add_qtc_test): it builds the executable,
# registers it with ctest, labels it and sets the environment that kind needs.
#
#   pgsteward_add_test(<file.cpp> KIND unit|integration|gui [LIBS ...])
#
# Integration and GUI tests that need PostgreSQL use the "cluster" fixture: one throwaway cluster
# per ctest run, started by tests/support/testcluster and described in ${PGSTEWARD_TEST_CLUSTER_DIR}.
set(PGSTEWARD_TEST_CLUSTER_DIR ${CMAKE_BINARY_DIR}/test-cluster)
# Tests that share a cluster take turns on it; with two clusters, two such tests run at once.
set(PGSTEWARD_TEST_CLUSTER_SHARDS 2 CACHE STRING "Shared test clusters (ctest -j runs one test on each at a time)")

# pgsteward_test_cluster(<shard> <fixture var> <dir var>): shard 1 is "cluster" in the folder above.
function(pgsteward_test_cluster shard fixture_var dir_var)
  if(shard EQUAL 1)
    set(${fixture_var} cluster PARENT_SCOPE)
    set(${dir_var} ${PGSTEWARD_TEST_CLUSTER_DIR} PARENT_SCOPE)
  else()
    set(${fixture_var} cluster-${shard} PARENT_SCOPE)
    set(${dir_var} ${PGSTEWARD_TEST_CLUSTER_DIR}-${shard} PARENT_SCOPE)
  endif()
endfunction()

function(pgsteward_add_test source)
  cmake_parse_arguments(T "NEEDS_CLUSTER" "KIND" "LIBS" ${ARGN})
  get_filename_component(name ${source} NAME_WE)
  set(target ${T_KIND}_${name})
  add_executable(${target} ${source})
  target_link_libraries(${target} PRIVATE pgsteward-test-support Qt6::Test ${T_LIBS})
  if(pgsteward-gui IN_LIST T_LIBS)
    pgsteward_reuse_precompiled(${target} pgsteward-pch-guitests)
  else()
    pgsteward_reuse_precompiled(${target} pgsteward-pch-tests)
  endif()
  # A test's moc output is included by its source: the generated mocs_compilation.cpp is empty,
  # and loading the precompiled header (hundreds of MB) made it take 4 s instead of 0.1.
  set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/${target}_autogen/mocs_compilation.cpp
                              TARGET_DIRECTORY ${target} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
  set_target_properties(${target} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
  add_test(NAME ${T_KIND}/${name} COMMAND ${target})
  set(env
    "PGSTEWARD_TEST_CLUSTER_DIR=${PGSTEWARD_TEST_CLUSTER_DIR}"
    "PGSTEWARD_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
    "PGSTEWARD_BIN_DIR=${CMAKE_BINARY_DIR}/bin"
    "QT_QPA_PLATFORM=offscreen")
  set_tests_properties(${T_KIND}/${name} PROPERTIES LABELS ${T_KIND} ENVIRONMENT "${env}" TIMEOUT 300)
  if(T_NEEDS_CLUSTER OR T_KIND STREQUAL "integration")
    set_tests_properties(${T_KIND}/${name} PROPERTIES FIXTURES_REQUIRED cluster)
  endif()
endfunction()
