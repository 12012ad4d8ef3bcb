// The site's URLs (core/paths.h): one line per URL the site hands out, so a
// change of spelling shows here before it breaks a link in a page or a mail.
#include <gtest/gtest.h>

#include <string>

#include "core/paths.h"
#include "core/slug.h"

namespace hanse::paths {
namespace {

struct Case {
  std::string got;
  const char* want;
};

TEST(Paths, EachUrlIsSpelledAsTheRoutesExpect) {
  const Case cases[] = {
      {company(12, "ACME GmbH"), "/company/12-acme-gmbh"},
      {company(12, "acme-gmbh"), "/company/12-acme-gmbh"},  // a stored slug gives the same
      {company(3, "Müller & Söhne"), "/company/3-muller-sohne"},
      {company(4, "上海机械"), "/company/4-%E4%B8%8A%E6%B5%B7%E6%9C%BA%E6%A2%B0"},
      {company_products(12, "ACME GmbH"), "/company/12-acme-gmbh/products"},
      {product(7, "Steel pipe, 2\" (DN50)"), "/product/7-steel-pipe-2-dn50"},
      {product(8, ""), "/product/8-item"},
      {product_edit(7), "/product/7/edit"},
      {offer(9, "Used lathe -- for sale!"), "/offer/9-used-lathe-for-sale"},
      {offer_edit(9), "/offer/9/edit"},
      {member(5), "/member/5"},
      {category("tools-hardware"), "/category/tools-hardware"},
      {category("tools-hardware/hand-tools"), "/category/tools-hardware/hand-tools"},
      {inquiry(3), "/inquiries/3"},
      {invite("AbC_12-x"), "/invite/AbC_12-x"},
      {password_reset("tok"), "/password/reset/tok"},
      {staff_password("tok"), "/staff/password/tok"},
      {policy_changes(1, 2), "/privacy/changes?from=1&to=2"},
      {account_policy(), "/account/policy"},
      {absolute("https://x.example", inquiry(3)), "https://x.example/inquiries/3"},
      {absolute("http://127.0.0.1:8080", invite("t")), "http://127.0.0.1:8080/invite/t"},
  };
  for (const auto& c : cases) EXPECT_EQ(c.got, c.want);
}

TEST(Paths, SlugOfASlugIsItself) {
  const std::string names[] = {"ACME GmbH", "", "--x--", "a  b", "上海", std::string(80, 'z'),
                               std::string(59, 'a') + " b"};
  for (const auto& name : names) EXPECT_EQ(slugify(slugify(name)), slugify(name)) << name;
}

}  // namespace
}  // namespace hanse::paths
