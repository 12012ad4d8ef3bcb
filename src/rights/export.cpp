#include "rights/export.h"

#include <ctime>

#include <fmt/format.h>
#include <zip.h>

#include "market/upload_store.h"

namespace hanse::rights {

namespace {

using nlohmann::json;

// The uploaded bytes travel as files beside data.json, not inside it.
constexpr std::string_view kUploadTable = "uploads";
constexpr std::string_view kUploadBytes = "uploads.data";
constexpr std::string_view kUploadType = "uploads.content_type";

std::string iso_time(std::int64_t unix_seconds) {
  std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

std::string_view erasure_name(privacy::Erasure erasure) {
  switch (erasure) {
    case privacy::Erasure::delete_row: return "deleted";
    case privacy::Erasure::detach: return "detached";
    case privacy::Erasure::keep: return "kept";
  }
  return "deleted";
}

std::string field_value(const DataRow& row, std::string_view name) {
  for (const auto& f : row.fields)
    if (f.name == name && f.value) return *f.value;
  return {};
}

json row_json(const DataRow& row) {
  json fields = json::object();
  for (const auto& f : row.fields) {
    json field = {{"category", f.personal() ? json(f.category) : json(nullptr)}};
    if (f.withheld) {
      field["value"] = nullptr;
      field["withheld"] = "a one-way hash, held but not handed out";
    } else if (f.name == kUploadBytes && row.id) {
      field["file"] = upload_file_name(*row.id, field_value(row, kUploadType));
    } else {
      field["value"] = f.value ? json(*f.value) : json(nullptr);
    }
    if (f.personal()) field["public"] = f.is_public;
    fields[f.name] = std::move(field);
  }
  json out = {{"policy_version", row.policy_version}, {"fields", std::move(fields)}};
  if (row.id) out["id"] = *row.id;
  return out;
}

}  // namespace

std::string upload_file_name(std::int64_t upload_id, std::string_view content_type) {
  std::string_view ext = "bin";
  if (content_type == "image/jpeg") ext = "jpg";
  else if (content_type == "image/png") ext = "png";
  else if (content_type == "image/webp") ext = "webp";
  return fmt::format("uploads/{}.{}", upload_id, ext);
}

json export_json(const MemberData& data, std::int64_t generated_at) {
  json tables = json::array();
  for (const auto& t : data.tables) {
    json rows = json::array();
    for (const auto& r : t.rows) rows.push_back(row_json(r));
    json table = {{"table", t.rule.table},
                  {"title", t.rule.title},
                  {"on_erasure", erasure_name(t.rule.erasure)},
                  {"rows", std::move(rows)}};
    if (!t.retention.empty()) {
      table["retention"] = {{"statement", t.retention},
                            {"days_after_erasure", t.rule.retention.days}};
    }
    tables.push_back(std::move(table));
  }
  // The consent history and staff views are rows of the tables above too;
  // they are repeated here in the order a reader wants them.
  json consents = json::array();
  for (const auto& r : data.rows_of("consent_ledger")) {
    json entry = json::object();
    for (const auto& f : r.fields)
      if (f.personal()) entry[f.name] = f.value ? json(*f.value) : json(nullptr);
    consents.push_back(std::move(entry));
  }
  json views = json::array();
  for (const auto& v : data.staff_views)
    views.push_back({{"staff_id", v.staff_id},
                     {"staff_role", v.staff_role},
                     {"at", iso_time(v.at)},
                     {"purpose", v.purpose},
                     {"fields", v.fields},
                     {"reason", v.reason}});
  return {{"schema", "hanse-member-data"},
          {"version", kExportSchemaVersion},
          {"generated_at", iso_time(generated_at)},
          {"member_id", data.member_id},
          {"policy_version", data.policy_version},
          {"tables", std::move(tables)},
          {"consent_history", std::move(consents)},
          {"staff_views", std::move(views)}};
}

Result<std::string> make_zip(std::span<const ZipEntry> entries) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (!buffer) {
    std::string message = zip_error_strerror(&error);
    zip_error_fini(&error);
    return fail(ErrorKind::internal, "zip: " + message);
  }
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (!archive) {
    std::string message = zip_error_strerror(&error);
    zip_error_fini(&error);
    zip_source_free(buffer);
    return fail(ErrorKind::internal, "zip: " + message);
  }
  zip_error_fini(&error);
  zip_source_keep(buffer);  // read the bytes back after zip_close
  for (const auto& e : entries) {
    // libzip reads the bytes at zip_close; entries outlive it.
    zip_source_t* source = zip_source_buffer(archive, e.bytes.data(), e.bytes.size(), 0);
    if (!source || zip_file_add(archive, e.name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
      std::string message = zip_strerror(archive);
      if (source) zip_source_free(source);
      zip_discard(archive);
      zip_source_free(buffer);
      return fail(ErrorKind::internal, fmt::format("zip: {}: {}", e.name, message));
    }
  }
  if (zip_close(archive) < 0) {
    std::string message = zip_strerror(archive);
    zip_discard(archive);
    zip_source_free(buffer);
    return fail(ErrorKind::internal, "zip: " + message);
  }
  std::string out;
  zip_stat_t stat;
  if (zip_source_stat(buffer, &stat) < 0 || zip_source_open(buffer) < 0) {
    zip_source_free(buffer);
    return fail(ErrorKind::internal, "zip: cannot read the archive back");
  }
  out.resize(static_cast<std::size_t>(stat.size));
  zip_int64_t read = zip_source_read(buffer, out.data(), stat.size);
  zip_source_close(buffer);
  zip_source_free(buffer);
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size)
    return fail(ErrorKind::internal, "zip: short read of the archive");
  return out;
}

Result<std::vector<ZipEntry>> upload_entries(db::Connection& conn, const MemberData& data) {
  std::vector<ZipEntry> out;
  for (const auto& row : data.rows_of(kUploadTable)) {
    if (!row.id) continue;
    HANSE_TRY(auto upload, market::load_upload(conn, *row.id));
    if (!upload) continue;  // removed meanwhile
    out.push_back({upload_file_name(upload->id, upload->content_type), std::move(upload->bytes)});
  }
  return out;
}

}  // namespace hanse::rights
