// The member's data page and its copy in the download (P-15).
#include "web/member_data_page.h"

#include <map>
#include <set>

#include <fmt/format.h>

#include "core/paths.h"
#include "privacy/data_map.h"
#include "privacy/disclosures.h"
#include "web/format.h"

namespace hanse::web {

namespace {

using rights::DataField;
using rights::DataRow;
using rights::TableData;

std::string value_of(const DataRow& row, std::string_view name) {
  for (const auto& f : row.fields)
    if (f.name == name && f.value) return *f.value;
  return {};
}

bool is_time(std::string_view name) { return name.ends_with("_at"); }

std::int64_t number(const std::string& text) { return std::strtoll(text.c_str(), nullptr, 10); }

std::string time_of(const DataRow& row, std::string_view name) {
  return format_time(number(value_of(row, name)));
}

// What a field's cell shows.
std::string shown_value(const DataField& field) {
  if (field.withheld) return "held, not shown (a one-way hash)";
  if (!field.value) return "(none)";
  if (field.name == "uploads.data") return "an image";
  if (field.name == "upload_thumbnails.data") return "a smaller copy of one of your images, for listing cards";
  if (is_time(field.name)) return format_time(number(*field.value));
  return *field.value;
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

// "field-members-email-1": the cell of one field of one row.
std::string anchor(const DataRow& row, const DataField& field) {
  std::string name = field.name;
  for (auto& c : name)
    if (c == '.' || c == '_') c = '-';
  return row.id ? fmt::format("field-{}-{}", name, *row.id) : fmt::format("field-{}", name);
}

}  // namespace

std::optional<Correction> correction_for(const TableData& table, const DataRow& row,
                                         const DataField& field) {
  const std::string_view t = table.rule.table;
  const std::string_view column = std::string_view(field.name).substr(t.size() + 1);
  if (t == "members") {
    if (column == "public_name" || column == "public_title")
      return Correction{"/account/profile", "Your public profile"};
    if (column == "password_hash") return Correction{"/account/password", "Change your password"};
    if (is_time(column)) return std::nullopt;
    return Correction{"/bin/user/edit/details", "Correct your account details"};
  }
  if (t == "companies") return Correction{"/company/edit", "Your company's profile"};
  if (t == "products" && row.id) return Correction{paths::product_edit(*row.id), "Edit the product"};
  if (t == "offers" && row.id) return Correction{paths::offer_edit(*row.id), "Edit the offer"};
  if (t == "sessions") return Correction{"/account/sessions", "End a session"};
  if (t == "consent_ledger") return Correction{paths::account_policy(), "Your policy choices"};
  if (t == "inquiries" && row.id) return Correction{paths::inquiry(*row.id), "The inquiry"};
  if (t == "inquiry_messages") {
    auto inquiry = value_of(row, "inquiry_messages.inquiry_id");
    if (!inquiry.empty())
      return Correction{paths::inquiry(number(inquiry)), "The inquiry"};
  }
  return std::nullopt;
}

std::vector<RecordList> member_data_sections(const rights::MemberData& data) {
  std::vector<RecordList> lists;

  RecordList consents{"consent-history", "Your consent history",
                      "Each policy version you accepted and each choice you made, oldest first.",
                      paths::account_policy(), "Your policy choices",
                      "You have made no choices yet.", {}};
  for (const auto& row : data.rows_of("consent_ledger")) {
    const bool marketing = value_of(row, "consent_ledger.kind") == "marketing";
    consents.records.push_back(
        {fmt::format("{}: {} {} ({}), on {}", time_of(row, "consent_ledger.given_at"),
                     value_of(row, "consent_ledger.kind"), value_of(row, "consent_ledger.what"),
                     value_of(row, "consent_ledger.value"), value_of(row, "consent_ledger.source")),
         // Marketing choices (P-11): where to change them.
         marketing ? "/account/messages" : "", marketing ? "Messages we may send you" : ""});
  }
  lists.push_back(std::move(consents));

  RecordList sessions{"sessions", "Your sessions", "The browsers where you are signed in.",
                      "/account/sessions", "See and end your sessions",
                      "You are signed in nowhere.", {}};
  for (const auto& row : data.rows_of("sessions"))
    sessions.records.push_back(
        {fmt::format("{}, signed in {}, last seen {}", device_name(value_of(row, "sessions.user_agent")),
                     time_of(row, "sessions.created_at"), time_of(row, "sessions.last_seen_at")),
         {}, {}});
  lists.push_back(std::move(sessions));

  RecordList inquiries{"inquiries", "Inquiries you sent",
                       "Your questions to suppliers; the threads hold the replies.", "/inquiries",
                       "All your inquiries", "You have sent no inquiries.", {}};
  for (const auto& row : data.rows_of("inquiries"))
    if (row.id)
      inquiries.records.push_back({value_of(row, "inquiries.subject"), paths::inquiry(*row.id), "Open"});
  lists.push_back(std::move(inquiries));

  RecordList views{"staff-views", "Who at our company looked at your data",
                   "Every time a staff member reads your personal data, we record who, when, why and what.",
                   {}, {}, "Nobody on our staff has looked at your personal data.", {}};
  for (const auto& v : data.staff_views)
    views.records.push_back(
        {fmt::format("{}: staff member {} ({}) read {} for {}{}", format_time(v.at), v.staff_id,
                     v.staff_role.empty() ? "account removed" : v.staff_role, join(v.fields, ", "),
                     v.purpose, v.reason.empty() ? "" : fmt::format(" ({})", v.reason)),
         {}, {}});
  lists.push_back(std::move(views));

  RecordList refused{"refused-views", "Staff views our policy refused",
                     "A staff member asked to see your data for a purpose the policy does not allow for it; "
                     "nothing was shown, and the attempt was recorded.",
                     {}, {}, "No staff view of your data has been refused.", {}};
  for (const auto& row : data.rows_of("staff_refusals"))
    refused.records.push_back(
        {fmt::format("{}: staff member {} asked for {} for the purpose \"{}\"; refused: {}",
                     time_of(row, "staff_refusals.at"), value_of(row, "staff_refusals.staff_id"),
                     value_of(row, "staff_refusals.fields"), value_of(row, "staff_refusals.purpose"),
                     value_of(row, "staff_refusals.refusal")),
         {}, {}});
  lists.push_back(std::move(refused));

  // P-13: a disclosure whose notice is withheld is not among the rows
  // (the map's shown_if) until the withholding is lifted.
  RecordList disclosures{"disclosures", "Disclosures of your data",
                         "When the law or a dispute made us hand your data to someone outside our company.",
                         "/transparency", "Counts of all disclosures", "We have disclosed none of your data.",
                         {}};
  for (const auto& row : data.rows_of("disclosures")) {
    auto basis = privacy::parse_basis(value_of(row, "disclosures.basis"));
    disclosures.records.push_back(
        {fmt::format("{}: {} to {} ({}), reference {}", time_of(row, "disclosures.disclosed_at"),
                     value_of(row, "disclosures.categories"), value_of(row, "disclosures.recipient"),
                     basis ? privacy::basis_label(*basis) : value_of(row, "disclosures.basis"),
                     value_of(row, "disclosures.reference")),
         {}, {}});
  }
  lists.push_back(std::move(disclosures));

  RecordList kept{"kept", "What we keep if you delete your account",
                  "Everything else is removed when you delete your account.", {}, {}, {}, {}};
  for (const auto& t : data.tables)
    if (!t.retention.empty()) kept.records.push_back({t.retention, {}, {}});
  lists.push_back(std::move(kept));
  return lists;
}

void fill_member_data(App& app, Dict& d, const rights::MemberData& data, bool as_file,
                      std::int64_t generated_at) {
  if (as_file)
    d.SetValueAndShowSection("GENERATED_AT", format_time(generated_at), "AS_FILE");
  else
    d.ShowSection("ON_SITE");
  d.SetIntValue("POLICY_VERSION", data.policy_version);
  const auto groups = rights::by_category(data, *app.policy);
  std::map<std::string, int> anchors;  // anchor -> times used
  for (const auto& group : groups) {
    auto* g = d.AddSectionDictionary("GROUP");
    std::string id = group.category;
    for (auto& c : id)
      if (c == '.' || c == '_') c = '-';
    g->SetValue("ID", id);
    g->SetValue("NAME", group.name);
    g->SetValue("KEY", group.category);
    auto* nav = d.AddSectionDictionary("GROUP_LINK");
    nav->SetValue("ID", id);
    nav->SetValue("NAME", group.name);
    std::set<int> versions;
    for (const auto& item : group.items) {
      auto* row = g->AddSectionDictionary("ITEM");
      // Rows without an id (a thumbnail's key is its upload and size) get
      // a running number so that every anchor stays unique.
      std::string id_attr = anchor(*item.row, *item.field);
      if (int n = ++anchors[id_attr]; n > 1) id_attr += fmt::format("-{}", n);
      row->SetValue("ANCHOR", id_attr);
      row->SetValue("FIELD", item.field->name);
      row->SetValue("NOTE", item.field->note);
      row->SetValue("HELD_IN", std::string(item.table->rule.title));
      row->SetValue("VALUE", shown_value(*item.field));
      if (item.field->name == "uploads.data" && item.row->id)
        row->SetValueAndShowSection("HREF", fmt::format("/upload/{}", *item.row->id), "IMAGE");
      row->SetIntValue("VERSION", item.row->policy_version);
      row->SetValue("WHO", join(rights::who_may_see(*item.field, item.table->rule, app.config.site), "; "));
      versions.insert(item.row->policy_version);
      if (auto fix = correction_for(*item.table, *item.row, *item.field)) {
        auto* link = row->AddSectionDictionary("CORRECT");
        link->SetValue("HREF", fix->href);
        link->SetValue("TEXT", fix->text);
      } else {
        row->ShowSection("RECORDED");
      }
    }
    // What the policy says about this kind of data, once per version the
    // items were collected under.
    for (int version : versions) {
      auto use = rights::category_use(*app.policy, app.config.site, version, group.category);
      std::vector<std::string> purposes;
      for (const auto& p : use.purposes)
        purposes.push_back(p.choice == "always" ? p.purpose_name
                                                : fmt::format("{} ({})", p.purpose_name, p.choice));
      auto* u = g->AddSectionDictionary("USE");
      u->SetIntValue("VERSION", version);
      u->SetValue("PURPOSES", purposes.empty() ? std::string("nothing") : join(purposes, "; "));
      u->SetValue("RECIPIENTS", use.recipients.empty() ? std::string("nobody") : join(use.recipients, "; "));
    }
  }
  for (const auto& list : member_data_sections(data)) {
    auto* l = d.AddSectionDictionary("LIST");
    l->SetValue("ID", list.id);
    l->SetValue("TITLE", list.title);
    l->SetValue("INTRO", list.intro);
    if (!list.more_href.empty()) {
      auto* more = l->AddSectionDictionary("MORE");
      more->SetValue("HREF", list.more_href);
      more->SetValue("TEXT", list.more_text);
    }
    if (list.records.empty() && !list.empty.empty())
      l->SetValueAndShowSection("EMPTY_TEXT", list.empty, "EMPTY");
    if (!list.records.empty()) {
      auto* items = l->AddSectionDictionary("RECORDS");
      for (const auto& r : list.records) {
        auto* item = items->AddSectionDictionary("RECORD");
        item->SetValue("TEXT", r.text);
        if (!r.href.empty()) {
          auto* link = item->AddSectionDictionary("LINK");
          link->SetValue("HREF", r.href);
          link->SetValue("TEXT", r.link_text);
        }
      }
    }
  }
}

}  // namespace hanse::web
