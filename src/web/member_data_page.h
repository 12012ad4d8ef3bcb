// The member's data page (P-15, /bin/user/edit) and its copy in the
// download (data.html): one fill for both, so the file reads like the page.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "rights/member_data.h"
#include "web/handler.h"

namespace hanse::web {

// One line of a section below the data ("consent history", "staff views").
struct Record {
  std::string text;
  std::string href;       // optional link after the text
  std::string link_text;
};

// A section of the page after the data grouped by category. A new section
// (disclosures, data requests) is one more RecordList in
// member_data_sections(): the template renders every list the same way.
struct RecordList {
  std::string id;     // HTML id of the heading
  std::string title;
  std::string intro;
  std::string more_href;  // optional link after the intro
  std::string more_text;
  std::string empty;      // shown when there are no records
  std::vector<Record> records;
};

// The sections for data, in page order.
std::vector<RecordList> member_data_sections(const rights::MemberData& data);

// Where a field is corrected: the form that changes it, or nullopt for
// what the site records itself and nobody edits (sign-in counters, mail
// sent, staff views).
struct Correction {
  std::string href;
  std::string text;
};
std::optional<Correction> correction_for(const rights::TableData& table, const rights::DataRow& row,
                                         const rights::DataField& field);

// Fills templates/member_data.tpl. as_file: the copy inside the download
// (no download link; says when it was generated).
void fill_member_data(App& app, Dict& d, const rights::MemberData& data, bool as_file,
                      std::int64_t generated_at);

}  // namespace hanse::web
