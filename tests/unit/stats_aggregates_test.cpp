// Reading statistics back and exporting them (SPEC P-9, P-10) on SQLite and
// PostgreSQL: totals per day with visitors from live keys and from counts,
// the top values of a range, the full table as CSV; exports of whole
// periods that have ended, small cells suppressed, recorded with the
// checksum of the file and audited; an empty period gives a well-formed
// empty file.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "audit/audit_log.h"
#include "db/migrations.h"
#include "db_fixture.h"
#include "stats/aggregates.h"
#include "stats/exports.h"

namespace hanse::stats {
namespace {

using db::testing::DbTest;

class AggregatesTest : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (IsSkipped()) return;
    ASSERT_TRUE(db::migrate(*m_db));
    // The site's clock stands on 2030-03-20, 10:00 UTC.
    m_today = *parse_iso_date("2030-03-20");
    m_clock.set_offset(m_today * kSecondsPerDay + 36000 - real_now());
    run("INSERT INTO staff (id, email, role, password_hash, created_at) "
        "VALUES (7, 'officer@hanse.test', 'compliance', 'x', 0)");
  }

  static std::int64_t real_now() {
    Clock clock;
    return clock.now();
  }

  void run(const std::string& sql) {
    auto lease = m_db->acquire();
    auto done = (*lease)->execute(sql);
    ASSERT_TRUE(done) << done.error().message;
  }

  void count(const char* date, const std::string& dimension, const std::string& value, std::int64_t n) {
    auto lease = m_db->acquire();
    const db::Value params[] = {*parse_iso_date(date), dimension, value, n};
    auto done = (*lease)->execute("INSERT INTO stats_counts (day, dimension, value, count) VALUES ($1, $2, $3, $4)",
                                  params);
    ASSERT_TRUE(done) << done.error().message;
  }

  void visitors(const char* date, int n) {
    auto lease = m_db->acquire();
    for (int i = 0; i < n; ++i) {
      const db::Value params[] = {*parse_iso_date(date), std::to_string(1000 + i)};
      ASSERT_TRUE((*lease)->execute("INSERT INTO stats_visitors (day, visitor) VALUES ($1, $2)", params));
    }
  }

  std::string text(const std::string& sql) {
    auto lease = m_db->acquire();
    auto row = (*lease)->query_one(sql);
    EXPECT_TRUE(row) << row.error().message;
    return row ? row->text(0) : "";
  }

  ExportSpec spec(Period period, const char* start, int n, ExportFormat format) {
    ExportSpec s;
    s.recipient = "Statistics Office of Lower Saxony";
    s.period = period;
    s.count = n;
    s.range = whole_periods(period, *parse_iso_date(start), n);
    s.format = format;
    return s;
  }

  Clock m_clock;
  Day m_today = 0;
};

TEST_P(AggregatesTest, P9_totals_per_day_and_top_values_of_a_range) {
  // 2030-03-01 .. 03: views and requests; visitors counted (salt gone) on
  // the 1st and live keys on the 3rd; a day outside the range.
  count("2030-03-01", "views", "", 40);
  count("2030-03-01", "requests", "", 55);
  count("2030-03-01", "visitors", "", 12);
  count("2030-03-03", "views", "", 9);
  count("2030-03-03", "requests", "", 9);
  visitors("2030-03-03", 3);
  count("2030-03-04", "views", "", 1000);  // outside
  count("2030-03-01", "page", "/company/{id}", 30);
  count("2030-03-03", "page", "/company/{id}", 5);
  count("2030-03-01", "page", "/", 10);
  count("2030-03-03", "page", "/search", 4);
  count("2030-03-04", "page", "/search", 900);  // outside
  count("2030-03-01", "referrer", "<script>alert(1)</script>.example", 2);
  count("2030-03-01", "status", "2xx", 50);
  count("2030-03-01", "status", "4xx", 5);

  auto lease = m_db->acquire();
  DayRange range{*parse_iso_date("2030-03-01"), *parse_iso_date("2030-03-03")};
  auto s = summarize(**lease, range, 2);
  ASSERT_TRUE(s) << s.error().message;
  ASSERT_EQ(s->days.size(), 3u);
  EXPECT_EQ(s->days[0].views, 40);
  EXPECT_EQ(s->days[0].requests, 55);
  EXPECT_EQ(s->days[0].visitors, 12);
  EXPECT_EQ(s->days[1].views, 0);  // a day without data is there, as zeros
  EXPECT_EQ(s->days[2].visitors, 3);
  EXPECT_EQ(s->views, 49);
  EXPECT_EQ(s->requests, 64);
  EXPECT_EQ(s->visitor_days, 15);
  EXPECT_FALSE(s->empty());
  const auto& pages = s->top.at("page");
  ASSERT_EQ(pages.size(), 2u);  // top 2 of 3
  EXPECT_EQ(pages[0].value, "/company/{id}");
  EXPECT_EQ(pages[0].count, 35);
  EXPECT_EQ(pages[1].value, "/");
  EXPECT_EQ(s->top.at("referrer").at(0).value, "<script>alert(1)</script>.example");
  EXPECT_TRUE(s->top.at("browser").empty());

  auto counts = day_counts(**lease, range);
  ASSERT_TRUE(counts);
  auto csv = day_counts_csv(*counts);
  EXPECT_EQ(csv.substr(0, csv.find('\r')), "day,dimension,value,count");
  EXPECT_NE(csv.find("2030-03-01,page,/company/{id},30\r\n"), std::string::npos);
  EXPECT_NE(csv.find("2030-03-03,visitors,,3\r\n"), std::string::npos);
  EXPECT_NE(csv.find("2030-03-01,visitors,,12\r\n"), std::string::npos);
  EXPECT_EQ(csv.find("2030-03-04"), std::string::npos);

  auto nothing = summarize(**lease, {*parse_iso_date("2029-01-01"), *parse_iso_date("2029-01-31")}, 10);
  ASSERT_TRUE(nothing);
  EXPECT_TRUE(nothing->empty());
  EXPECT_EQ(nothing->days.size(), 31u);
}

TEST_P(AggregatesTest, P10_an_export_suppresses_small_cells_and_is_recorded_with_its_checksum_and_audited) {
  // Two weeks: Monday 2030-03-04 and Monday 2030-03-11.
  count("2030-03-04", "page", "/company/{id}", 120);
  count("2030-03-05", "page", "/company/{id}", 80);
  count("2030-03-12", "page", "/company/{id}", 300);
  count("2030-03-06", "page", "/search", 4);  // a small cell
  count("2030-03-13", "page", "/search", 60);
  count("2030-03-11", "page", "/", 45);
  count("2030-03-04", "views", "", 249);
  count("2030-03-12", "views", "", 405);
  count("2030-03-04", "visitors", "", 7);    // small
  count("2030-03-12", "visitors", "", 150);

  auto file = create_export(*m_db, m_clock, 7, spec(Period::week, "2030-03-06", 2, ExportFormat::csv));
  ASSERT_TRUE(file) << file.error().message;
  EXPECT_EQ(file->content_type, "text/csv; charset=utf-8");
  EXPECT_EQ(file->sha256, sha256_hex(file->body));
  EXPECT_EQ(file->sha256.size(), 64u);
  // No published count from 1 to 10: every count field is empty or > 10 or 0.
  std::size_t lines = 0, hidden = 0;
  for (std::size_t at = file->body.find("\r\n") + 2; at < file->body.size();) {
    auto end = file->body.find("\r\n", at);
    std::string line = file->body.substr(at, end - at);
    at = end + 2;
    ++lines;
    auto suppressed = line.substr(line.rfind(',') + 1);
    auto rest = line.substr(0, line.rfind(','));
    auto n = rest.substr(rest.rfind(',') + 1);
    if (suppressed == "true") {
      EXPECT_EQ(n, "") << line;
      ++hidden;
    } else {
      ASSERT_FALSE(n.empty()) << line;
      auto value = std::stoll(n);
      EXPECT_TRUE(value == 0 || value > kSmallCellThreshold) << line;
    }
  }
  EXPECT_GT(lines, 10u);
  EXPECT_GE(hidden, 4u);  // 4 and its partners, 7 and its partners
  // /search's 4 in week 10 goes, with partners in its row and column (and
  // theirs); the row total of /company/{id} and the grand total stay.
  EXPECT_NE(file->body.find("page,page views,value_total,/company/{id},,500,false"), std::string::npos);
  EXPECT_NE(file->body.find("page,page views,grand_total,,,609,false"), std::string::npos);
  EXPECT_NE(file->body.find("page,page views,cell,/search,2030-W10,,true"), std::string::npos);
  EXPECT_NE(file->body.find("visitor-days"), std::string::npos);

  // Recorded with who, recipient, periods, format and checksum.
  EXPECT_EQ(text("SELECT COUNT(*) FROM stats_exports"), "1");
  EXPECT_EQ(text("SELECT sha256 FROM stats_exports"), file->sha256);
  EXPECT_EQ(text("SELECT staff_id FROM stats_exports"), "7");
  EXPECT_EQ(text("SELECT recipient FROM stats_exports"), "Statistics Office of Lower Saxony");
  EXPECT_EQ(text("SELECT first_day FROM stats_exports"), std::to_string(*parse_iso_date("2030-03-04")));
  EXPECT_EQ(text("SELECT last_day FROM stats_exports"), std::to_string(*parse_iso_date("2030-03-17")));
  EXPECT_EQ(text("SELECT period || ' ' || format FROM stats_exports"), "week csv");
  // Audited, and the chain holds.
  EXPECT_EQ(text("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1"), "stats.export");
  EXPECT_NE(text("SELECT details FROM audit_log ORDER BY id DESC LIMIT 1").find(file->sha256), std::string::npos);
  {
    auto lease = m_db->acquire();
    audit::AuditLog log;
    auto report = log.verify(**lease);
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->intact());
    auto listed = list_exports(**lease, 10);
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 1u);
    EXPECT_EQ((*listed)[0].staff_id, 7);
    EXPECT_EQ((*listed)[0].sha256, file->sha256);
  }

  // The same periods as JSON: nulls where suppressed, the same suppression.
  auto json = create_export(*m_db, m_clock, 7, spec(Period::week, "2030-03-04", 2, ExportFormat::json));
  ASSERT_TRUE(json);
  auto doc = nlohmann::json::parse(json->body);
  EXPECT_EQ(doc["periods"], nlohmann::json({"2030-W10", "2030-W11"}));
  bool found = false;
  for (auto& table : doc["tables"]) {
    for (auto& row : table["rows"]) {
      for (auto& n : row["counts"]) {
        if (n.is_number()) {
          EXPECT_TRUE(n.get<std::int64_t>() == 0 || n.get<std::int64_t>() > 10);
        }
      }
      if (table["dimension"] == "page" && row["value"] == "/search") {
        EXPECT_TRUE(row["counts"][0].is_null());
        EXPECT_TRUE(row["suppressed"][0].get<bool>());
        found = true;
      }
    }
  }
  EXPECT_TRUE(found);
  EXPECT_EQ(text("SELECT COUNT(*) FROM stats_exports"), "2");
}

TEST_P(AggregatesTest, P10_an_export_of_periods_without_data_is_an_empty_well_formed_file) {
  auto csv = create_export(*m_db, m_clock, 7, spec(Period::month, "2029-01-15", 2, ExportFormat::csv));
  ASSERT_TRUE(csv) << csv.error().message;
  EXPECT_EQ(csv->body, "dimension,unit,kind,value,period,count,suppressed\r\n");
  auto json = create_export(*m_db, m_clock, 7, spec(Period::day, "2029-01-15", 3, ExportFormat::json));
  ASSERT_TRUE(json);
  auto doc = nlohmann::json::parse(json->body);
  EXPECT_TRUE(doc["tables"].is_array());
  EXPECT_TRUE(doc["tables"].empty());
  EXPECT_EQ(doc["first_day"], "2029-01-15");
  EXPECT_EQ(doc["last_day"], "2029-01-17");
  EXPECT_EQ(text("SELECT COUNT(*) FROM stats_exports"), "2");
}

TEST_P(AggregatesTest, P10_only_whole_periods_that_have_ended_can_be_exported) {
  ExportInput good{"Statistics Office", "month", "2030-01-15", "2", "json"};
  auto checked = check_export(good, m_today);
  ASSERT_TRUE(checked.spec);
  EXPECT_EQ(checked.spec->range, (DayRange{*parse_iso_date("2030-01-01"), *parse_iso_date("2030-02-28")}));
  EXPECT_EQ(checked.spec->format, ExportFormat::json);

  auto errors_of = [&](ExportInput input) { return check_export(input, m_today).errors; };
  EXPECT_TRUE(errors_of({"", "month", "2030-01-15", "1", "csv"}).contains("recipient"));
  EXPECT_TRUE(errors_of({"X", "month", "2030-01-15", "1", "csv"}).contains("recipient"));
  EXPECT_TRUE(errors_of({std::string(201, 'a'), "month", "2030-01-15", "1", "csv"}).contains("recipient"));
  EXPECT_TRUE(errors_of({"Office\nTwo", "month", "2030-01-15", "1", "csv"}).contains("recipient"));
  EXPECT_TRUE(errors_of({"Office", "year", "2030-01-15", "1", "csv"}).contains("period"));
  EXPECT_TRUE(errors_of({"Office", "month", "2030-02-30", "1", "csv"}).contains("start"));
  EXPECT_TRUE(errors_of({"Office", "month", "yesterday", "1", "csv"}).contains("start"));
  EXPECT_TRUE(errors_of({"Office", "month", "2029-01-01", "13", "csv"}).contains("count"));
  EXPECT_TRUE(errors_of({"Office", "week", "2029-01-01", "27", "csv"}).contains("count"));
  EXPECT_TRUE(errors_of({"Office", "day", "2029-01-01", "0", "csv"}).contains("count"));
  EXPECT_TRUE(errors_of({"Office", "day", "2029-01-01", "2x", "csv"}).contains("count"));
  EXPECT_TRUE(errors_of({"Office", "day", "2029-01-01", "1", "xml"}).contains("format"));
  // This month has not ended; nor has today.
  EXPECT_TRUE(errors_of({"Office", "month", "2030-03-01", "1", "csv"}).contains("start"));
  EXPECT_TRUE(errors_of({"Office", "day", "2030-03-20", "1", "csv"}).contains("start"));
  EXPECT_TRUE(errors_of({"Office", "day", "2030-03-19", "1", "csv"}).empty());
}

HANSE_DB_TEST_SUITE(AggregatesTest);

}  // namespace
}  // namespace hanse::stats
