// What every page handler file (web/<entity>_<verb>.cpp) includes: the
// request, the response, the App and the Page. A handler has the type
// web::HandlerFn (web/routes.h) and is named in the route table.
#pragma once

#include "http/request.h"
#include "http/response.h"
#include "web/app.h"
#include "web/page.h"

namespace hanse::web {

using http::Request;
using http::Response;

}  // namespace hanse::web
