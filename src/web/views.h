// HTML rendering with ctemplate (Debian's libctemplate): templates live in
// templates/, every template starts with {{%AUTOESCAPE context="HTML"}} so
// that every variable is escaped for where it stands (text, attribute,
// URL). Raw output needs the explicit modifier ":none", which
// tests/unit/web_templates_test.cpp allows only where listed.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include <ctemplate/template.h>

#include "accounts/registration.h"
#include "core/config.h"
#include "core/result.h"

namespace hanse::web {

using Dict = ctemplate::TemplateDictionary;

// What the layout shows around every page.
struct PageFrame {
  std::string title;
  std::string csrf;                  // for the sign-out form in the header
  std::optional<std::string> member_name;  // signed-in member, if any
  bool staff_area = false;
  // A policy change notice (P-19) and where it links.
  std::string notice;
  std::string notice_link;
  std::string notice_link_text;
  // The cookie banner (P-16) for a visitor who has not chosen, with the
  // page to come back to after choosing.
  bool cookie_banner = false;
  std::string here;
};

// What a page's rendering recorded while it was written, so that nothing
// has to search the page afterwards: whether the form token was printed
// (templates print it as {{CSRF:x-csrf-token}}, which Views::open insists
// on) and where the banner slot is ({{BANNER_SLOT:x-banner-slot}}, which
// prints nothing), as an offset into the page; npos when it has none.
struct PageMarks {
  bool csrf = false;
  std::size_t banner_slot = std::string::npos;
};

class Views {
 public:
  // Loads (and checks) every template in dir. Errors: invalid_input naming
  // a template that does not parse, or that prints the form token without
  // the x-csrf-token modifier (PageMarks would miss it).
  static Result<std::unique_ptr<Views>> open(const std::string& dir, const SiteConfig& site);

  // Renders templates/<name>.tpl inside templates/layout.tpl. fill receives
  // the page's own dictionary.
  template <class Fill>
  std::string page(const std::string& name, const PageFrame& frame, Fill&& fill) const {
    PageMarks marks;
    return page(name, frame, std::forward<Fill>(fill), marks);
  }
  // The same, recording in marks what the page printed.
  template <class Fill>
  std::string page(const std::string& name, const PageFrame& frame, Fill&& fill, PageMarks& marks) const {
    Dict root("layout");
    Dict* body = frame_dict(root, name, frame);
    fill(*body);
    return expand(root, marks);
  }

  // Expands templates/<name>.tpl on its own, outside the layout: a part of
  // pages rendered once and kept (listing cards, web/listing_card.h; the
  // home page's shared part, web/home_show.cpp), which the pages' templates
  // then print with ":none" where tests/unit/web_templates_test.cpp allows
  // it. The part is escaped by its own template as it would be included.
  std::string fragment(const std::string& name, Dict& dict) const;

 private:
  Views(std::string dir, SiteConfig site) : m_dir(std::move(dir)), m_site(std::move(site)) {}
  Dict* frame_dict(Dict& root, const std::string& name, const PageFrame& frame) const;
  std::string expand(Dict& root, PageMarks& marks) const;

  std::string m_dir;
  SiteConfig m_site;
};

// Fills NAME_VALUE for each value and a NAME_ERROR section (with MESSAGE)
// for each error; an ERROR_SUMMARY section (with one ERROR per problem)
// when there are any.
void fill_form(Dict& dict, const std::map<std::string, std::string>& values,
               const accounts::FieldErrors& errors);

}  // namespace hanse::web
