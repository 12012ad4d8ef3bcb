// GET/POST /company/new and /company/edit: the company profile form
// (M-1). Everything on it is public (P-12), and each field says so.
#include <algorithm>

#include "accounts/normalize.h"
#include "core/paths.h"
#include "market/image_type.h"
#include "market/upload_store.h"
#include "web/company_handlers.h"
#include "web/public_marks.h"

namespace hanse::web {
namespace {

const FieldColumns kCompanyColumns = {
    {"name", "companies.name"},           {"address", "companies.address"},
    {"country", "companies.country"},     {"year_founded", "companies.year_founded"},
    {"description", "companies.description"}, {"website", "companies.website"},
    {"logo", "uploads.data"}};

struct FormState {
  bool editing = false;
  std::int64_t company_id = 0;
  int policy_version = 1;
  bool has_logo = false;
  std::string form_error;  // a problem that is no single field's
};

market::CompanyInput input_from(const http::Form& form) {
  market::CompanyInput in;
  in.name = std::string(form.get("name"));
  in.address = std::string(form.get("address"));
  in.country = std::string(form.get("country"));
  in.industries = form.all("industries");
  in.year_founded = std::string(form.get("year_founded"));
  in.description = std::string(form.get("description"));
  in.website = std::string(form.get("website"));
  return in;
}

market::CompanyInput input_from(const market::Company& c) {
  return {c.name, c.address, c.country, c.industries,
          c.year_founded ? std::to_string(*c.year_founded) : "", c.description, c.website};
}

Response render_form(App& app, Page& page, const FormState& state, const market::CompanyInput& in,
                     const market::CompanyErrors& errors, int status) {
  std::map<std::string, std::string> values = {
      {"name", in.name}, {"address", in.address}, {"year_founded", in.year_founded},
      {"description", in.description}, {"website", in.website}};
  auto title = state.editing ? "Edit your company" : "Register your company";
  return page.render("company_form", title, [&](Dict& d) {
    fill_form(d, values, errors);
    d.SetValue("HEADING", title);
    d.SetValue("ACTION", state.editing ? "/company/edit" : "/company/new");
    d.SetValue("SUBMIT", state.editing ? "Save changes" : "Register company");
    if (state.editing) d.SetValue("COMPANY_ID", std::to_string(state.company_id));
    if (state.editing) d.ShowSection("EDITING");
    if (state.has_logo) d.ShowSection("HAS_LOGO");
    if (!state.form_error.empty()) d.AddSectionDictionary("FORM_ERROR")->SetValue("MESSAGE", state.form_error);
    mark_public_fields(d, *app.guard, state.policy_version, kCompanyColumns);
    for (auto& code : accounts::country_codes()) {
      auto* option = d.AddSectionDictionary("COUNTRY");
      option->SetValue("CODE", code);
      if (code == in.country) option->ShowSection("SELECTED");
    }
    for (auto* industry : app.categories->industries()) {
      auto* group = d.AddSectionDictionary("INDUSTRY_GROUP");
      group->SetValue("LABEL", industry->name);
      for (auto& sub_id : industry->children) {
        auto* sub = app.categories->find(sub_id);
        auto* option = group->AddSectionDictionary("INDUSTRY_OPTION");
        option->SetValue("ID", sub_id);
        option->SetValue("NAME", sub ? sub->name : sub_id);
        if (std::find(in.industries.begin(), in.industries.end(), sub_id) != in.industries.end())
          option->ShowSection("SELECTED");
      }
    }
  }, status);
}

// Checks the form and the logo (before anything is stored); the logo's
// bytes are returned in change.logo when one was sent.
market::CompanyErrors check(App& app, const http::Form& form, market::CompanyChange& change) {
  auto errors = market::validate_company(change.input, *app.categories, market::year_of(app.clock.now()));
  if (auto* file = form.file("logo"); file && !(file->filename.empty() && file->content.empty())) {
    if (auto checked = market::check_upload(file->content, market::kMaxUploadBytes); !checked)
      errors["logo"] = checked.error().message;
    else
      change.logo = file->content;
  }
  change.remove_logo = form.get("remove_logo") == "1";
  return errors;
}

}  // namespace

Response company_new_show(App& app, Request& request) {
  Page page(app, request);
  if (auto r = page.require_member()) return std::move(*r);
  auto membership = membership_for(app, page.member()->member.id);
  if (!membership) return error_response(app, request, membership.error());
  if (*membership) return page.redirect("/company");
  FormState state;
  state.policy_version = static_cast<int>(page.member()->member.policy_version);
  return render_form(app, page, state, {}, {}, 200);
}

Response company_new_submit(App& app, Request& request) {
  Page page(app, request);
  if (auto r = page.require_member()) return std::move(*r);
  auto& form = request.form();
  if (form.error) return error_page(app, 400, &request);
  FormState state;
  state.policy_version = static_cast<int>(page.member()->member.policy_version);
  market::CompanyChange change{input_from(form), std::nullopt, false};
  auto errors = check(app, form, change);
  if (!errors.empty()) return render_form(app, page, state, change.input, errors, 422);
  auto member_id = page.member()->member.id;
  auto created = app.db->transaction([&](db::Connection& conn) {
    return market::create_company(conn, member_id, change, app.clock.now());
  });
  if (!created) {
    if (created.error().kind == ErrorKind::conflict) {
      state.form_error = created.error().message;
      return render_form(app, page, state, change.input, {}, 409);
    }
    if (created.error().kind == ErrorKind::invalid_input)
      return render_form(app, page, state, change.input, {{"logo", created.error().message}}, 422);
    return error_response(app, request, created.error());
  }
  return page.redirect(paths::company(*created, change.input.name));
}

Response company_edit_show(App& app, Request& request) {
  Page page(app, request);
  if (auto r = page.require_member()) return std::move(*r);
  auto membership = membership_for(app, page.member()->member.id);
  if (!membership) return error_response(app, request, membership.error());
  if (!*membership) return page.redirect("/company");
  auto company = find_company(app, (*membership)->company_id);
  if (!company) return error_response(app, request, company.error());
  if (!*company) return error_page(app, 404, &request);
  FormState state{true, (*company)->id, (*company)->policy_version,
                  (*company)->logo_upload_id.has_value(), {}};
  return render_form(app, page, state, input_from(**company), {}, 200);
}

Response company_edit_submit(App& app, Request& request) {
  Page page(app, request);
  if (auto r = page.require_member()) return std::move(*r);
  auto& form = request.form();
  if (form.error) return error_page(app, 400, &request);
  // The form names the company it edits: a member of another company (or
  // of none) is refused here, before anything is checked or stored.
  auto company_id = parse_id(form.get("company_id")).value_or(0);
  auto member_id = page.member()->member.id;
  auto membership = membership_for(app, member_id);
  if (!membership) return error_response(app, request, membership.error());
  if (!*membership || (*membership)->company_id != company_id) return error_page(app, 403, &request);
  auto company = find_company(app, company_id);
  if (!company) return error_response(app, request, company.error());
  if (!*company) return error_page(app, 404, &request);
  FormState state{true, company_id, (*company)->policy_version,
                  (*company)->logo_upload_id.has_value(), {}};
  market::CompanyChange change{input_from(form), std::nullopt, false};
  auto errors = check(app, form, change);
  if (!errors.empty()) return render_form(app, page, state, change.input, errors, 422);
  auto updated = app.db->transaction([&](db::Connection& conn) {
    return market::update_company(conn, company_id, member_id, change, app.clock.now());
  });
  if (!updated) {
    if (updated.error().kind == ErrorKind::invalid_input)
      return render_form(app, page, state, change.input, {{"logo", updated.error().message}}, 422);
    return error_response(app, request, updated.error());
  }
  return page.redirect(paths::company(company_id, change.input.name));
}

}  // namespace hanse::web
