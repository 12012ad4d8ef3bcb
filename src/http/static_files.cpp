// Static file serving with in-memory cache and ETags.
#include "http/static_files.h"

#include <sys/stat.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <utility>

#include "http/form.h"

namespace hanse::http {
namespace {

constexpr std::size_t max_cached_bytes = 4 * 1024 * 1024;

// Decodes and validates the relative path; empty on refusal.
std::string safe_relative_path(std::string_view raw) {
  const std::string decoded = percent_decode(raw, false);
  if (decoded.empty()) return {};
  std::string_view rest = decoded;
  while (true) {
    const std::size_t slash = rest.find('/');
    const std::string_view segment = rest.substr(0, slash);
    if (segment.empty() || segment.front() == '.') return {};
    for (const char c : segment) {
      if (c == '\\' || c == '\0' || static_cast<unsigned char>(c) < 0x20) return {};
    }
    if (slash == std::string_view::npos) break;
    rest.remove_prefix(slash + 1);
  }
  return decoded;
}

Response not_found() { return Response::text("Not Found", 404); }

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

bool inside_root(const std::string& root, const std::string& file) {
  std::error_code ec;
  const auto real_root = std::filesystem::canonical(root, ec);
  if (ec) return false;
  const auto real_file = std::filesystem::canonical(file, ec);
  if (ec) return false;
  const std::string r = real_root.string() + "/";
  return real_file.string().starts_with(r);
}

}  // namespace

StaticFiles::StaticFiles(std::string root) : m_root(std::move(root)) {}

std::string_view StaticFiles::content_type_for(std::string_view filename) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 14> types = {{
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".svg", "image/svg+xml"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".woff", "font/woff"},
      {".txt", "text/plain; charset=utf-8"},
      {".json", "application/json"},
      {".webp", "image/webp"},
      {".gif", "image/gif"},
      {".map", "application/json"},
  }};
  const std::size_t dot = filename.rfind('.');
  if (dot != std::string_view::npos) {
    std::string ext(filename.substr(dot));
    for (char& c : ext) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    for (const auto& [extension, type] : types) {
      if (ext == extension) return type;
    }
  }
  return "application/octet-stream";
}

Response StaticFiles::serve(std::string_view relative, std::string_view if_none_match) const {
  const std::string rel = safe_relative_path(relative);
  if (rel.empty()) return not_found();
  const std::string full = m_root + "/" + rel;

  struct stat info {};
  if (::stat(full.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return not_found();
  const long long size = info.st_size;
  const long long mtime_ns =
      static_cast<long long>(info.st_mtim.tv_sec) * 1'000'000'000LL + info.st_mtim.tv_nsec;

  Entry entry;
  {
    std::lock_guard lock(m_mutex);
    const auto it = m_cache.find(rel);
    if (it != m_cache.end() && it->second.size == size && it->second.mtime_ns == mtime_ns) {
      entry = it->second;
    }
  }
  if (!entry.content) {
    if (!inside_root(m_root, full)) return not_found();
    auto content = std::make_shared<std::string>();
    if (!read_file(full, *content)) return not_found();
    std::array<char, 64> tag{};
    std::snprintf(tag.data(), tag.size(), "\"%llx-%llx\"", size, mtime_ns);
    entry = Entry{size, mtime_ns, tag.data(), std::move(content)};
    if (entry.content->size() <= max_cached_bytes) {
      std::lock_guard lock(m_mutex);
      m_cache[rel] = entry;
    }
  }

  Response response;
  response.headers.emplace_back("ETag", entry.etag);
  response.headers.emplace_back("Cache-Control", "public, max-age=3600");
  if (!if_none_match.empty() && etag_matches(if_none_match, entry.etag)) {
    response.status = 304;
    return response;
  }
  response.headers.emplace_back("Content-Type", std::string(content_type_for(rel)));
  response.shared_body = entry.content;
  return response;
}

bool etag_matches(std::string_view header, std::string_view etag) {
  while (!header.empty()) {
    const std::size_t comma = header.find(',');
    std::string_view item = header.substr(0, comma);
    header = comma == std::string_view::npos ? std::string_view{} : header.substr(comma + 1);
    while (!item.empty() && (item.front() == ' ' || item.front() == '\t')) item.remove_prefix(1);
    while (!item.empty() && (item.back() == ' ' || item.back() == '\t')) item.remove_suffix(1);
    if (item == "*") return true;
    if (item.starts_with("W/")) item.remove_prefix(2);
    if (item == etag) return true;
  }
  return false;
}

}  // namespace hanse::http
