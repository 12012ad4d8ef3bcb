// GET/POST /products/new, /product/{id}/edit and POST /product/{id}/delete:
// a company's members add, change and remove its products (M-3). Members of
// other companies get 403 and nothing changes.
#include "core/paths.h"
#include "market/product_store.h"
#include "web/catalogue_handlers.h"
#include "web/public_marks.h"

namespace hanse::web {
namespace {

constexpr std::size_t kBlankSpecRows = 3;

const FieldColumns kPublicFields = {
    {"title", "products.title"},
    {"description", "products.description"},
    {"spec_name", "products.specifications"},
    {"min_order_quantity", "products.min_order_quantity"},
    {"min_order_unit", "products.min_order_unit"},
    {"price_min", "products.price_min_cents"},
    {"price_max", "products.price_max_cents"},
    {"currency", "products.currency"},
    {"photo", "uploads.data"},
};

market::ProductForm form_from(const market::Product& product) {
  auto& f = product.fields;
  market::ProductForm form;
  form.title = f.title;
  form.category = f.category_id;
  form.description = f.description;
  for (auto& [name, value] : f.specifications) {
    form.spec_names.push_back(name);
    form.spec_values.push_back(value);
  }
  if (f.min_order_quantity) form.min_order_quantity = std::to_string(*f.min_order_quantity);
  form.min_order_unit = f.min_order_unit;
  if (f.price_min_cents) form.price_min = market::format_cents(*f.price_min_cents);
  if (f.price_max_cents) form.price_max = market::format_cents(*f.price_max_cents);
  form.currency = f.currency;
  return form;
}

market::ProductForm form_from(const http::Form& posted) {
  market::ProductForm form;
  form.title = posted.get("title");
  form.category = posted.get("category");
  form.description = posted.get("description");
  form.spec_names = posted.all("spec_name");
  form.spec_values = posted.all("spec_value");
  form.min_order_quantity = posted.get("min_order_quantity");
  form.min_order_unit = posted.get("min_order_unit");
  form.price_min = posted.get("price_min");
  form.price_max = posted.get("price_max");
  form.currency = posted.get("currency");
  return form;
}

// The photos sent in the form (empty file inputs are skipped).
std::vector<market::PhotoUpload> photos_from(const http::Form& posted) {
  std::vector<market::PhotoUpload> photos;
  for (auto& file : posted.files)
    if (file.field == "photo" && !(file.filename.empty() && file.content.empty()))
      photos.push_back({file.filename, file.content});
  return photos;
}

// The form page. product: the product being edited (its photos are listed).
Response render_form(App& app, Page& page, const market::ProductForm& form,
                     const market::ListingErrors& errors, const market::Product* product,
                     std::int64_t company_id, int status) {
  std::map<std::string, std::string> values = {
      {"title", form.title}, {"description", form.description},
      {"min_order_quantity", form.min_order_quantity}, {"min_order_unit", form.min_order_unit},
      {"price_min", form.price_min}, {"price_max", form.price_max}};
  std::string heading = product ? "Edit product" : "Add a product";
  int version = company_policy_version(app, company_id);
  return page.render("product_form", heading, [&](Dict& d) {
    fill_form(d, values, errors);
    mark_public_fields(d, *app.guard, version, kPublicFields);
    d.SetValue("HEADING", heading);
    d.SetValue("ACTION", product ? paths::product_edit(product->id) : "/products/new");
    fill_category_options(app, d, form.category);
    fill_currency_options(d, form.currency.empty() ? "EUR" : form.currency);
    std::size_t rows = std::min(market::kMaxSpecifications,
                                std::max(form.spec_names.size(), form.spec_values.size()) + kBlankSpecRows);
    for (std::size_t i = 0; i < rows; ++i) {
      auto* row = d.AddSectionDictionary("SPEC");
      row->SetIntValue("INDEX", static_cast<long>(i + 1));
      row->SetValue("NAME", i < form.spec_names.size() ? form.spec_names[i] : "");
      row->SetValue("VALUE", i < form.spec_values.size() ? form.spec_values[i] : "");
    }
    std::size_t photo_count = product ? product->photo_upload_ids.size() : 0;
    if (product) {
      d.SetValueAndShowSection("PRODUCT_PATH", paths::product(product->id, product->fields.title), "CANCEL");
      for (auto id : product->photo_upload_ids) {
        auto* photo = d.AddSectionDictionary("EXISTING_PHOTO");
        photo->SetValue("UPLOAD_ID", std::to_string(id));
      }
      if (!product->photo_upload_ids.empty()) d.ShowSection("HAS_EXISTING_PHOTOS");
    }
    d.SetIntValue("PHOTO_ROOM", static_cast<long>(market::kMaxProductPhotos - photo_count));
  }, status);
}

Editable<market::Product> editable_product(App& app, const Request& request, Page& page) {
  return editable_listing<market::Product>(
      app, request, page, [](db::Connection& conn, std::int64_t id) { return market::find_product(conn, id); },
      "Only members of the company that lists this product can change it.");
}

std::vector<std::int64_t> ids_from(const std::vector<std::string>& texts) {
  std::vector<std::int64_t> ids;
  for (auto& text : texts)
    if (auto ref = parse_path_ref(text); ref && ref->slug.empty()) ids.push_back(ref->id);
  return ids;
}

}  // namespace

Response product_new_show(App& app, Request& request) {
  Page page(app, request);
  if (auto r = page.require_member()) return std::move(*r);
  auto company = require_company(app, request, page);
  if (company.page) return std::move(*company.page);
  market::ProductForm form;
  form.currency = "EUR";
  return render_form(app, page, form, {}, nullptr, company.membership->company_id, 200);
}

Response product_new_submit(App& app, Request& request) {
  Page page(app, request);
  if (auto r = page.require_member()) return std::move(*r);
  auto company = require_company(app, request, page, 403);
  if (company.page) return std::move(*company.page);
  std::int64_t company_id = company.membership->company_id;
  auto& posted = request.form();
  if (posted.error) return error_page(app, 400, &request);
  auto form = form_from(posted);
  market::ProductInput input;
  auto errors = market::validate_product(form, *app.categories, input);
  auto photos = photos_from(posted);
  if (photos.size() > market::kMaxProductPhotos)
    errors["photo"] = "A product can have at most 6 photos.";
  if (!errors.empty()) return render_form(app, page, form, errors, nullptr, company_id, 422);
  std::int64_t member_id = page.member()->member.id;
  std::int64_t now = app.clock.now();
  auto created = app.db->transaction([&](db::Connection& conn) -> Result<std::int64_t> {
    return market::create_product(conn, company_id, member_id, input, photos, now);
  });
  if (!created) {
    if (created.error().kind != ErrorKind::invalid_input) return error_response(app, request, created.error());
    errors["photo"] = created.error().message;
    return render_form(app, page, form, errors, nullptr, company_id, 422);
  }
  return page.redirect(paths::product(*created, input.title));
}

Response product_edit_show(App& app, Request& request) {
  Page page(app, request);
  auto editable = editable_product(app, request, page);
  if (editable.refusal) return std::move(*editable.refusal);
  auto& product = *editable.listing;
  return render_form(app, page, form_from(product), {}, &product, product.company_id, 200);
}

Response product_edit_submit(App& app, Request& request) {
  Page page(app, request);
  auto editable = editable_product(app, request, page);
  if (editable.refusal) return std::move(*editable.refusal);
  auto& product = *editable.listing;
  auto& posted = request.form();
  if (posted.error) return error_page(app, 400, &request);
  auto form = form_from(posted);
  market::ProductInput input;
  auto errors = market::validate_product(form, *app.categories, input);
  auto photos = photos_from(posted);
  auto remove = ids_from(posted.all("remove_photo"));
  if (!errors.empty()) return render_form(app, page, form, errors, &product, product.company_id, 422);
  std::int64_t member_id = page.member()->member.id;
  std::int64_t now = app.clock.now();
  auto updated = app.db->transaction([&](db::Connection& conn) -> Status {
    return market::update_product(conn, product.id, member_id, input, remove, photos, now);
  });
  if (!updated) {
    if (updated.error().kind != ErrorKind::invalid_input) return error_response(app, request, updated.error());
    errors["photo"] = updated.error().message;
    return render_form(app, page, form, errors, &product, product.company_id, 422);
  }
  return page.redirect(paths::product(product.id, input.title));
}

Response product_delete(App& app, Request& request) {
  Page page(app, request);
  auto editable = editable_product(app, request, page);
  if (editable.refusal) return std::move(*editable.refusal);
  auto id = editable.listing->id;
  auto deleted = app.db->transaction([&](db::Connection& conn) -> Status {
    return market::delete_product(conn, id);
  });
  if (!deleted) return error_response(app, request, deleted.error());
  return page.redirect("/company/listings");
}

}  // namespace hanse::web
