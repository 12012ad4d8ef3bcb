// Files under ServerOptions::static_dir, served at /static/<path> with an
// ETag, 304 on If-None-Match, and a one-hour public cache lifetime.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "http/response.h"

namespace hanse::http {

class StaticFiles final {
 public:
  explicit StaticFiles(std::string root);

  // `relative` is the raw (still percent-encoded) path after "/static/".
  // Returns 200 with the bytes, 304 when `if_none_match` names the current
  // ETag, or 404 when the file does not exist, is not a regular file, or the
  // path tries to leave the root ("..", ".", hidden or empty segments,
  // backslashes, NUL; encoded or not). Thread-safe; file contents are cached
  // in memory and re-read when size or mtime change.
  Response serve(std::string_view relative, std::string_view if_none_match) const;

  // Content-Type for a file name, by extension; application/octet-stream
  // when unknown.
  static std::string_view content_type_for(std::string_view filename);

 private:
  struct Entry {
    long long size = 0;
    long long mtime_ns = 0;
    std::string etag;
    std::shared_ptr<const std::string> content;
  };
  std::string m_root;
  mutable std::mutex m_mutex;
  mutable std::unordered_map<std::string, Entry> m_cache;
};

// True when `header` (an If-None-Match value) lists `etag` or is "*".
// Weak comparison: W/ prefixes are ignored.
bool etag_matches(std::string_view header, std::string_view etag);

}  // namespace hanse::http
