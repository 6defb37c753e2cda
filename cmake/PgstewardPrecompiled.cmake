# Precompiled headers: the Qt and standard headers most sources include, parsed once per target
# kind instead of once per source. A cold build (CI, a fresh clone) spends most of its time
# parsing them: a GUI source went from 6.1 to 4.3 s, a dialog from 8.2 to 5.1 s.
# Only system headers: a change to one of ours never rebuilds everything. GCC refuses a
# precompiled header when any -D differs, so targets share one only when their definitions are
# the same (REUSE_FROM): the core with the CLI, and each kind of test with its own owner target.
option(PGSTEWARD_PCH "Precompile the common Qt headers" ON)

set(PGSTEWARD_PCH_CORE
  <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QElapsedTimer> <QFile> <QFileInfo> <QHash>
  <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QMap> <QObject> <QRegularExpression> <QSet>
  <QString> <QStringList> <QVariant>
  <algorithm> <functional> <memory> <optional> <vector>)
set(PGSTEWARD_PCH_WIDGETS
  <QAbstractTableModel> <QComboBox> <QDialog> <QDialogButtonBox> <QHBoxLayout> <QHeaderView>
  <QLabel> <QLineEdit> <QMenu> <QMessageBox> <QPlainTextEdit> <QPointer> <QPushButton> <QTimer>
  <QVBoxLayout> <QWidget>)
set(PGSTEWARD_PCH_TEST <QProcess> <QSignalSpy> <QTemporaryDir> <QTest>)

# pgsteward_precompile(<target> <header list variables>...)
function(pgsteward_precompile target)
  if(NOT PGSTEWARD_PCH)
    return()
  endif()
  set(headers)
  foreach(list ${ARGN})
    list(APPEND headers ${${list}})
  endforeach()
  target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

# pgsteward_reuse_precompiled(<target> <owner>): the owner's header, when definitions match.
function(pgsteward_reuse_precompiled target owner)
  if(PGSTEWARD_PCH)
    target_precompile_headers(${target} REUSE_FROM ${owner})
  endif()
endfunction()
