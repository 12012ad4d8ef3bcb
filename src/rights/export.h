// The member's download (P-15): everything in the map of their data as one
// JSON document (schema: docs/export-schema.md), packed with a readable
// HTML copy and the files they uploaded into one .zip.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "db/database.h"
#include "rights/member_data.h"

namespace hanse::rights {

// The version of the export's JSON schema; raised when its shape changes.
inline constexpr int kExportSchemaVersion = 1;

// The file an upload is exported as: "uploads/12.png" by its content type
// (".bin" for a type the site does not store).
std::string upload_file_name(std::int64_t upload_id, std::string_view content_type);

// The JSON document of docs/export-schema.md for data, generated at
// generated_at (Unix seconds).
nlohmann::json export_json(const MemberData& data, std::int64_t generated_at);

struct ZipEntry {
  std::string name;   // path inside the archive ("data.json", "uploads/3.png")
  std::string bytes;
};

// A .zip archive (deflated) holding entries, in memory. Errors: internal
// when libzip fails (the message names the entry).
Result<std::string> make_zip(std::span<const ZipEntry> entries);

// The member's uploaded files as zip entries named upload_file_name().
// Errors: database errors.
Result<std::vector<ZipEntry>> upload_entries(db::Connection& conn, const MemberData& data);

}  // namespace hanse::rights
