// The product form (M-3) and the rights check its actions share: members of
// other companies get 403 and nothing changes.
#include "web/product_form.h"
#include "core/paths.h"
#include "market/image_type.h"
#include "market/product_store.h"
#include "market/public_view.h"
#include "market/upload_store.h"
#include "web/ids.h"
#include "web/listing_helpers.h"
#include "web/public_marks.h"

namespace hanse::web {

namespace {

constexpr std::size_t kBlankSpecRows = 3;

}  // namespace

market::ProductForm product_form_from(const market::Product& product) {
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

market::ProductForm product_form_from(const http::Form& posted) {
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
Response render_product_form(App& app, Page& page, const market::ProductForm& form,
                             const market::ListingErrors& errors, const market::Product* product,
                             std::int64_t company_id, int status) {
  std::map<std::string, std::string> values = {{"title", form.title},
                                               {"description", form.description},
                                               {"min_order_quantity", form.min_order_quantity},
                                               {"min_order_unit", form.min_order_unit},
                                               {"price_min", form.price_min},
                                               {"price_max", form.price_max}};
  std::string heading = product ? "Edit product" : "Add a product";
  int version = company_policy_version(app, company_id);
  return page.render(
      "product_form", heading,
      [&](Dict& d) {
        fill_form(d, values, errors);
        mark_public_fields(
            d, market::public_form_fields(*app.guard, version, market::PublicForm::product));
        d.SetValue("HEADING", heading);
        d.SetValue("ACTION", product ? paths::product_edit(product->id) : "/products/new");
        fill_category_options(app, d, form.category);
        fill_currency_options(d, form.currency.empty() ? "EUR" : form.currency);
        std::size_t rows =
            std::min(market::kMaxSpecifications,
                     std::max(form.spec_names.size(), form.spec_values.size()) + kBlankSpecRows);
        for (std::size_t i = 0; i < rows; ++i) {
          auto* row = d.AddSectionDictionary("SPEC");
          row->SetIntValue("INDEX", static_cast<long>(i + 1));
          row->SetValue("NAME", i < form.spec_names.size() ? form.spec_names[i] : "");
          row->SetValue("VALUE", i < form.spec_values.size() ? form.spec_values[i] : "");
        }
        std::size_t photo_count = product ? product->photo_upload_ids.size() : 0;
        if (product) {
          d.SetValueAndShowSection("PRODUCT_PATH",
                                   paths::product(product->id, product->fields.title), "CANCEL");
          for (auto id : product->photo_upload_ids) {
            auto* photo = d.AddSectionDictionary("EXISTING_PHOTO");
            photo->SetValue("UPLOAD_ID", std::to_string(id));
          }
          if (!product->photo_upload_ids.empty()) d.ShowSection("HAS_EXISTING_PHOTOS");
        }
        d.SetIntValue("PHOTO_ROOM", static_cast<long>(market::kMaxProductPhotos - photo_count));
        d.SetIntValue("MAX_PHOTOS", static_cast<long>(market::kMaxProductPhotos));
        d.SetValue("MAX_PHOTO_SIZE", market::human_size(market::kMaxUploadBytes));
      },
      status);
}

OrResponse<market::Product> editable_product(App& app, const Request& request, Page& page) {
  return editable_listing<market::Product>(app, request, page, market::editable_product);
}

std::vector<std::int64_t> ids_from(const std::vector<std::string>& texts) {
  std::vector<std::int64_t> ids;
  for (auto& text : texts)
    if (auto ref = parse_path_ref(text); ref && ref->slug.empty()) ids.push_back(ref->id);
  return ids;
}

}  // namespace hanse::web
