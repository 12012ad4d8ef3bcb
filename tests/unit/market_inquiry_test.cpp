// Inquiries (M-7) on SQLite and PostgreSQL: a thread is visible to the
// buyer, the buyer's company and the supplier's company and to nobody else;
// replies go to the right side; notices carry a link, not the message.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "db/migrations.h"
#include "db_fixture.h"
#include "door_fixture.h"
#include "mail/outbox.h"
#include "market/inquiry.h"
#include "market/inquiry_notify.h"
#include "privacy/guard.h"

namespace hanse::market {
namespace {

using db::testing::DbTest;
using db::Value;

constexpr std::int64_t kNow = 1'800'000'000;

class InquiryTest : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (IsSkipped()) return;
    ASSERT_TRUE(db::migrate(*m_db));
    m_policy = privacy::testing::install_repository_door(*m_db);
    supplier_owner = member("owner@supplier.example", "Li Wei");
    supplier_colleague = member("sales@supplier.example", "");
    buyer = member("buyer@buyer.example", "Anna Buyer");
    buyer_colleague = member("boss@buyer.example", "");
    outsider = member("someone@else.example", "");
    supplier = company("Ningbo Valve Co., Ltd.", {supplier_owner, supplier_colleague});
    buyer_company = company("Hamburg Pumps GmbH", {buyer, buyer_colleague});
    other_company = company("Elsewhere Ltd", {outsider});
    product = insert("INSERT INTO products (company_id, category_id, title, created_at, updated_at)"
                     " VALUES ($1, 'industrial-machinery/valves', 'Ball valve DN50', 0, 0) RETURNING id",
                     {supplier});
    offer = insert("INSERT INTO offers (company_id, kind, category_id, title, created_at, expires_at)"
                   " VALUES ($1, 'sell', 'industrial-machinery/valves', 'Surplus valves', 0, $2) RETURNING id",
                   {supplier, kNow + 3600});
  }

  std::int64_t insert(const char* sql, std::vector<Value> params) {
    auto lease = m_db->acquire();
    auto row = (*lease)->query_one(sql, params);
    EXPECT_TRUE(row) << row.error().message;
    return row ? row->integer(0) : 0;
  }

  std::int64_t member(const std::string& email, const std::string& public_name) {
    return insert("INSERT INTO members (email, name, phone, address, country, company_name, company_address,"
                  " password_hash, created_at, updated_at, public_name) VALUES ($1, 'Private Name',"
                  " '+49401234567', 'Private Street 1', 'DE', 'X', 'Y', 'x', 0, 0, $2) RETURNING id",
                  {email, public_name});
  }

  std::int64_t company(const std::string& name, std::vector<std::int64_t> members) {
    auto id = insert("INSERT INTO companies (slug, name, country, created_at, updated_at)"
                     " VALUES ('c', $1, 'DE', 0, 0) RETURNING id",
                     {name});
    bool first = true;
    for (auto m : members) {
      insert("INSERT INTO company_members (member_id, company_id, role, joined_at) VALUES ($1, $2, $3, 0)"
             " RETURNING member_id",
             {m, id, std::string(first ? "owner" : "member")});
      first = false;
    }
    return id;
  }

  std::int64_t ask(std::int64_t from = 0) {
    auto lease = m_db->acquire();
    auto topic = product_topic(**lease, product);
    EXPECT_TRUE(topic && *topic);
    auto id = create_inquiry(**lease, {from ? from : buyer, **topic, "Price for 500 pieces?",
                                       "Dear supplier, what is your price for 500 pieces?"},
                             kNow);
    EXPECT_TRUE(id) << id.error().message;
    return id ? *id : 0;
  }

  std::optional<InquiryThread> thread(std::int64_t id, std::int64_t viewer) {
    auto lease = m_db->acquire();
    auto t = load_thread(**lease, id, viewer);
    EXPECT_TRUE(t) << t.error().message;
    return t ? *t : std::nullopt;
  }

  std::int64_t supplier_owner = 0, supplier_colleague = 0, buyer = 0, buyer_colleague = 0, outsider = 0;
  std::int64_t supplier = 0, buyer_company = 0, other_company = 0, product = 0, offer = 0;
  std::unique_ptr<privacy::PolicyBook> m_policy;  // the door's
};

TEST_P(InquiryTest, M7_thread_is_visible_to_the_two_companies_and_nobody_else) {
  auto id = ask();
  for (auto viewer : {buyer, buyer_colleague}) {
    auto t = thread(id, viewer);
    ASSERT_TRUE(t);
    EXPECT_EQ(t->viewer_side, InquirySide::buyer);
    EXPECT_EQ(t->supplier_name, "Ningbo Valve Co., Ltd.");
    EXPECT_EQ(t->buyer_company_name, "Hamburg Pumps GmbH");
    EXPECT_EQ(t->topic_title, "Ball valve DN50");
    ASSERT_EQ(t->messages.size(), 1u);
    EXPECT_EQ(t->messages[0].author, "Anna Buyer");  // the public name, never the private one
  }
  for (auto viewer : {supplier_owner, supplier_colleague}) {
    auto t = thread(id, viewer);
    ASSERT_TRUE(t);
    EXPECT_EQ(t->viewer_side, InquirySide::supplier);
  }
  EXPECT_FALSE(thread(id, outsider));
  EXPECT_FALSE(thread(id + 1000, buyer));
}

TEST_P(InquiryTest, M7_replies_alternate_sides_and_outsiders_cannot_reply) {
  auto id = ask();
  auto lease = m_db->acquire();
  ASSERT_TRUE(add_reply(**lease, id, supplier_colleague, "500 pieces at EUR 11.20 each.", kNow + 60));
  ASSERT_TRUE(add_reply(**lease, id, buyer, "Agreed. Please send a pro-forma.", kNow + 120));
  auto refused = add_reply(**lease, id, outsider, "Cheaper here!", kNow + 180);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::not_found);

  auto t = thread(id, supplier_owner);
  ASSERT_TRUE(t);
  ASSERT_EQ(t->messages.size(), 3u);
  EXPECT_EQ(t->messages[1].side, InquirySide::supplier);
  EXPECT_EQ(t->messages[1].body, "500 pieces at EUR 11.20 each.");
  EXPECT_EQ(t->messages[2].side, InquirySide::buyer);

  auto listed = inbox(**lease, buyer_colleague);
  ASSERT_TRUE(listed);
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ(listed->front().messages, 3);
  EXPECT_EQ(listed->front().last_message_at, kNow + 120);
  EXPECT_EQ(listed->front().other_party, "Ningbo Valve Co., Ltd.");
  auto supplier_inbox = inbox(**lease, supplier_owner);
  ASSERT_TRUE(supplier_inbox);
  ASSERT_EQ(supplier_inbox->size(), 1u);
  EXPECT_EQ(supplier_inbox->front().viewer_side, InquirySide::supplier);
  EXPECT_EQ(supplier_inbox->front().other_party, "Hamburg Pumps GmbH");
  auto outsider_inbox = inbox(**lease, outsider);
  ASSERT_TRUE(outsider_inbox);
  EXPECT_TRUE(outsider_inbox->empty());
}

TEST_P(InquiryTest, M7_notices_go_to_the_other_side_only) {
  auto id = ask();
  auto lease = m_db->acquire();
  auto to_supplier = members_to_notify(**lease, id, buyer);
  ASSERT_TRUE(to_supplier);
  EXPECT_EQ(*to_supplier, (std::vector<std::int64_t>{supplier_owner, supplier_colleague}));
  auto to_buyer = members_to_notify(**lease, id, supplier_colleague);
  ASSERT_TRUE(to_buyer);
  EXPECT_EQ(*to_buyer, (std::vector<std::int64_t>{buyer, buyer_colleague}));
}

TEST_P(InquiryTest, M7_notice_mail_links_to_the_thread_without_the_message) {
  const char* source = std::getenv("HANSE_SOURCE_DIR");
  auto book = privacy::PolicyBook::open((std::filesystem::path(source ? source : ".") / "policy").string());
  ASSERT_TRUE(book) << book.error().message;
  Clock clock;
  privacy::Guard guard(**book, clock);
  mail::Outbox outbox("Hanse", clock);
  auto id = ask();
  auto lease = m_db->acquire();
  ASSERT_TRUE(notify_inquiry(**lease, guard, outbox, {"Hanse", "https://hanse.example"}, id, buyer, true));
  privacy::testing::TestRead door;
  auto mails = (*lease)->query("SELECT recipient, body FROM mail_outbox ORDER BY recipient");
  ASSERT_TRUE(mails);
  ASSERT_EQ(mails->size(), 2u);
  EXPECT_EQ((*mails)[0].text(0), "owner@supplier.example");
  EXPECT_EQ((*mails)[1].text(0), "sales@supplier.example");
  for (auto& m : *mails) {
    EXPECT_NE(m.text(1).find("https://hanse.example/inquiries/" + std::to_string(id)), std::string::npos);
    EXPECT_EQ(m.text(1).find("500 pieces"), std::string::npos) << "the message must stay on the site";
  }
}

TEST_P(InquiryTest, M7_topics_exist_only_for_products_and_active_offers) {
  auto lease = m_db->acquire();
  auto active = offer_topic(**lease, offer, kNow);
  ASSERT_TRUE(active);
  ASSERT_TRUE(*active);
  EXPECT_EQ((*active)->supplier_company_id, supplier);
  auto expired = offer_topic(**lease, offer, kNow + 3600);
  ASSERT_TRUE(expired);
  EXPECT_FALSE(*expired);
  auto missing = product_topic(**lease, product + 1000);
  ASSERT_TRUE(missing);
  EXPECT_FALSE(*missing);
}

TEST_P(InquiryTest, M7_a_company_does_not_ask_itself) {
  auto lease = m_db->acquire();
  auto topic = product_topic(**lease, product);
  ASSERT_TRUE(topic && *topic);
  auto refused = create_inquiry(**lease, {supplier_colleague, **topic, "Hi", "Hello"}, kNow);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::invalid_input);
  auto count = (*lease)->query_one("SELECT COUNT(*) FROM inquiries");
  ASSERT_TRUE(count);
  EXPECT_EQ(count->integer(0), 0);
}

TEST(InquiryValidation, M7_subject_and_message_are_checked) {
  EXPECT_TRUE(validate_inquiry("Price?", "How much?").empty());
  auto empty = validate_inquiry("  ", "\n");
  EXPECT_TRUE(empty.contains("subject"));
  EXPECT_TRUE(empty.contains("message"));
  EXPECT_TRUE(validate_inquiry(std::string(201, 'a'), "x").contains("subject"));
  EXPECT_TRUE(validate_reply(std::string(5001, 'a')).contains("message"));
  EXPECT_TRUE(validate_reply("\xff\xfe").contains("message"));
  EXPECT_TRUE(validate_reply("价格是多少？ كم السعر؟").empty());
}

HANSE_DB_TEST_SUITE(InquiryTest);

}  // namespace
}  // namespace hanse::market
