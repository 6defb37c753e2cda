// SPDX-FileCopyrightText: 2026 pgsteward authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pgs::paths {

// $PGSTEWARD_CONFIG_DIR, else $XDG_CONFIG_HOME/pgsteward (~/.config/pgsteward). Created on demand.
QString configDir();
// $PGSTEWARD_DATA_DIR, else $XDG_DATA_HOME/pgsteward (~/.local/share/pgsteward). Created on demand.
QString dataDir();
// configDir()/profiles.json
QString profilesFile();
// dataDir()/sandbox: the local demo cluster of run.sh
QString sandboxDir();

} // namespace pgs::paths
