// The page of statistics exports for third parties (P-10), shared by
// web/staff_stats_exports_list.cpp and web/staff_stats_export_create.cpp:
// the form (with what was typed and its errors) and the exports recorded.
#pragma once

#include "stats/exports.h"
#include "web/handler.h"

namespace hanse::web {

Response render_stats_exports(App& app, Page& page, const Request& request, const stats::ExportInput& typed,
                              const stats::ExportErrors& errors, int status);

}  // namespace hanse::web
