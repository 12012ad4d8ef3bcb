// Suppression of small cells in exported statistics (SPEC P-10): no
// published entry counts 1 to 10, every line of the table extended with its
// totals has 0 or at least 2 suppressed entries, and no suppressed entry can
// be worked out from one line's total and its published entries; on fixed
// fixtures and on 200 random tables (fixed seed).
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <cmath>
#include <map>
#include <random>

#include "stats/small_cells.h"

namespace hanse::stats {
namespace {

using Matrix = std::vector<std::vector<std::int64_t>>;

// The three properties, checked by brute force over the extended matrix.
void expect_safe(const Matrix& cells, const SuppressedTable& t) {
  ASSERT_EQ(t.rows, cells.size());
  ASSERT_EQ(t.counts.size(), t.rows + 1);
  // The totals are the input's.
  std::int64_t grand = 0;
  for (std::size_t r = 0; r < t.rows; ++r) {
    std::int64_t row = 0;
    for (std::size_t c = 0; c < t.cols; ++c) {
      EXPECT_EQ(t.count(r, c), cells[r][c]);
      row += cells[r][c];
    }
    EXPECT_EQ(t.count(r, t.cols), row);
    grand += row;
  }
  EXPECT_EQ(t.count(t.rows, t.cols), grand);
  // 1. Nothing published counts 1..10; every small entry is suppressed.
  for (std::size_t r = 0; r <= t.rows; ++r) {
    for (std::size_t c = 0; c <= t.cols; ++c) {
      const auto n = t.count(r, c);
      if (n >= 1 && n <= kSmallCellThreshold) {
        EXPECT_TRUE(t.is_suppressed(r, c)) << r << "," << c << " = " << n;
      }
    }
  }
  // 2. and 3. Every line: 0 or >= 2 suppressed entries, so differencing the
  // line's total (or any entry, as the line's equation is cell sum = total)
  // with its published entries leaves a sum of at least two unknowns; and,
  // directly, solving the line's equation for each suppressed entry needs
  // another suppressed entry's value.
  for (const auto& line : table_lines(t.rows, t.cols)) {
    std::size_t hidden = 0;
    for (auto [r, c] : line) hidden += t.is_suppressed(r, c) ? 1 : 0;
    EXPECT_TRUE(hidden == 0 || hidden >= 2) << "a line with exactly one suppressed entry";
    for (auto [r, c] : line) {
      if (!t.is_suppressed(r, c)) continue;
      // The reader's equation: sum of the line's cells = the line's total,
      // the total being the last entry. Unknowns besides (r, c):
      std::size_t others = 0;
      for (auto [r2, c2] : line) {
        if ((r2 != r || c2 != c) && t.is_suppressed(r2, c2)) ++others;
      }
      EXPECT_GE(others, 1u) << "entry " << r << "," << c << " follows from its line";
    }
  }
}

// Whether any suppressed entry is determined by all the line equations
// together (Gaussian elimination over the unknowns, independent of the
// algorithm's graph reasoning): entry k is determined iff the unit vector
// e_k lies in the row space of the equations' coefficients on the unknowns.
bool some_entry_is_determined(const SuppressedTable& t) {
  std::vector<std::pair<std::size_t, std::size_t>> unknowns;
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> index;
  for (std::size_t r = 0; r <= t.rows; ++r) {
    for (std::size_t c = 0; c <= t.cols; ++c) {
      if (t.is_suppressed(r, c)) {
        index[{r, c}] = unknowns.size();
        unknowns.emplace_back(r, c);
      }
    }
  }
  const std::size_t n = unknowns.size();
  if (n == 0) return false;
  // Each line: its cells with +1, its total (the last entry) with -1.
  std::vector<std::vector<double>> rows;
  for (const auto& line : table_lines(t.rows, t.cols)) {
    std::vector<double> eq(n, 0.0);
    for (std::size_t k = 0; k < line.size(); ++k) {
      auto found = index.find(line[k]);
      if (found != index.end()) eq[found->second] = k + 1 == line.size() ? -1.0 : 1.0;
    }
    rows.push_back(eq);
  }
  // Reduced row echelon form.
  std::vector<std::size_t> pivots;
  std::size_t rank = 0;
  for (std::size_t col = 0; col < n && rank < rows.size(); ++col) {
    std::size_t pivot = rank;
    for (std::size_t i = rank; i < rows.size(); ++i) {
      if (std::fabs(rows[i][col]) > std::fabs(rows[pivot][col])) pivot = i;
    }
    if (std::fabs(rows[pivot][col]) < 1e-9) continue;
    std::swap(rows[pivot], rows[rank]);
    const double p = rows[rank][col];
    for (auto& x : rows[rank]) x /= p;
    for (std::size_t i = 0; i < rows.size(); ++i) {
      if (i == rank || std::fabs(rows[i][col]) < 1e-12) continue;
      const double f = rows[i][col];
      for (std::size_t j = 0; j < n; ++j) rows[i][j] -= f * rows[rank][j];
    }
    pivots.push_back(col);
    ++rank;
  }
  // Entry k is determined iff some row of the RREF is e_k.
  for (std::size_t i = 0; i < rank; ++i) {
    std::size_t nonzero = 0;
    for (std::size_t j = 0; j < n; ++j) nonzero += std::fabs(rows[i][j]) > 1e-9 ? 1 : 0;
    if (nonzero == 1) return true;
  }
  return false;
}

TEST(SmallCells, P10_two_cycles_joined_by_one_entry_are_not_left_open) {
  // Two blocks of small cells joined by one small cell (the 7): every line
  // has 0 or at least 2 suppressed entries, yet adding up the first block's
  // rows and subtracting its columns gives the 7 away.
  const Matrix cells = {
      {3, 4, 500, 500, 500},
      {5, 6, 7, 500, 500},
      {500, 500, 2, 3, 500},
      {500, 500, 4, 5, 500},
      {500, 500, 500, 500, 500},
  };
  auto t = suppress_small_cells(cells);
  expect_safe(cells, t);
  EXPECT_EQ(t.primary, 9u);
  EXPECT_GE(t.complementary, 1u);
  EXPECT_FALSE(some_entry_is_determined(t));
}

TEST(SmallCells, P10_small_cells_and_their_complements_are_suppressed) {
  const Matrix cells = {
      {120, 5, 300},
      {80, 40, 60},
      {0, 0, 25},
  };
  auto t = suppress_small_cells(cells);
  expect_safe(cells, t);
  EXPECT_TRUE(t.is_suppressed(0, 1));
  EXPECT_EQ(t.primary, 1u);
  // Its row and column each get one more: the smallest non-zero published
  // entries (40 in its column, 120 in its row), which in turn need partners.
  EXPECT_TRUE(t.is_suppressed(1, 1));
  EXPECT_TRUE(t.is_suppressed(0, 0));
  EXPECT_GE(t.complementary, 2u);
  // Large counts far from the small one are published.
  EXPECT_FALSE(t.is_suppressed(2, 2));
  EXPECT_FALSE(t.is_suppressed(3, 3));
}

TEST(SmallCells, P10_a_small_total_is_suppressed_with_its_cells) {
  // One row whose cells and total are all small; a column total of 3.
  const Matrix cells = {{1, 2, 0}, {50, 60, 70}};
  auto t = suppress_small_cells(cells);
  expect_safe(cells, t);
  EXPECT_TRUE(t.is_suppressed(0, 3));  // row total 3
  EXPECT_TRUE(t.is_suppressed(0, 0));
  EXPECT_TRUE(t.is_suppressed(0, 1));
}

TEST(SmallCells, P10_a_single_column_hides_the_total_with_its_only_cell) {
  const Matrix cells = {{7}, {200}};
  auto t = suppress_small_cells(cells);
  expect_safe(cells, t);
  EXPECT_TRUE(t.is_suppressed(0, 0));
  EXPECT_TRUE(t.is_suppressed(0, 1));  // the row total equals the cell
  EXPECT_TRUE(t.is_suppressed(1, 0));  // a column partner
}

TEST(SmallCells, P10_tables_without_small_cells_are_published_whole) {
  const Matrix cells = {{11, 0, 500}, {12, 13, 0}};
  auto t = suppress_small_cells(cells);
  expect_safe(cells, t);
  EXPECT_EQ(t.primary, 0u);
  EXPECT_EQ(t.complementary, 0u);
  auto empty = suppress_small_cells({});
  EXPECT_EQ(empty.counts.size(), 1u);
  EXPECT_EQ(empty.count(0, 0), 0);
  EXPECT_FALSE(empty.is_suppressed(0, 0));
}

TEST(SmallCells, P10_two_hundred_random_tables_are_safe) {
  std::mt19937 random(20261207);
  std::size_t suppressed_total = 0;
  for (int k = 0; k < 200; ++k) {
    const std::size_t rows = 1 + random() % 8, cols = 1 + random() % 8;
    Matrix cells(rows, std::vector<std::int64_t>(cols));
    for (auto& row : cells) {
      for (auto& n : row) {
        // Mostly small counts and zeros, some large.
        switch (random() % 4) {
          case 0: n = 0; break;
          case 1: n = 1 + static_cast<std::int64_t>(random() % 10); break;
          case 2: n = 11 + static_cast<std::int64_t>(random() % 40); break;
          default: n = static_cast<std::int64_t>(random() % 1000); break;
        }
      }
    }
    auto t = suppress_small_cells(cells);
    SCOPED_TRACE(k);
    expect_safe(cells, t);
    EXPECT_FALSE(some_entry_is_determined(t)) << "an entry follows from several lines";
    suppressed_total += t.primary + t.complementary;
  }
  EXPECT_GT(suppressed_total, 0u);  // the fixtures did have small cells
}

TEST(SmallCells, P10_a_large_table_of_mostly_small_cells_is_made_safe_quickly) {
  // 1000 referring sites over 31 days, most of them rare.
  std::mt19937 random(7);
  Matrix cells(1000, std::vector<std::int64_t>(31));
  for (auto& row : cells) {
    for (auto& n : row) n = random() % 3 == 0 ? static_cast<std::int64_t>(random() % 30) : 0;
  }
  const auto start = std::chrono::steady_clock::now();
  auto t = suppress_small_cells(cells);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
  expect_safe(cells, t);
  std::printf("1000 x 31: %zu primary, %zu complementary, %lld ms\n", t.primary, t.complementary,
              static_cast<long long>(ms.count()));
  EXPECT_LT(ms.count(), 5000);
}

}  // namespace
}  // namespace hanse::stats
