// Suppression of small cells in a table of counts before it leaves the site
// (SPEC P-10): a pure function over a matrix, with no storage.
//
// The table is extended with its totals: a row total after each row, a row
// of column totals below, and the grand total in the corner. Then:
//  1. primary suppression: every entry (totals included) counting 1 to
//     `threshold` is suppressed;
//  2. complementary suppression: in every line of the extended matrix (each
//     row with its row total, each column with its column total, the totals
//     row and the totals column) the number of suppressed entries must be 0
//     or at least 2, since a line with exactly one suppressed entry gives it
//     away by differencing the line's total with its published entries. A
//     line with one is given a second: its smallest published entry (a
//     non-zero one when there is any, as a published zero tells little).
//     Repeated until no line changes;
//  3. then, as lines can also be combined (adding up the rows of one part
//     of the table and subtracting its columns), no suppressed entry may be
//     determined by all the lines together: with the totals negated every
//     line sums to zero, so the determined entries are the bridges of the
//     graph whose vertices are the lines and whose edges are the suppressed
//     entries. A bridge is put on a cycle by suppressing the smallest
//     published entry (non-zero first) that joins its two sides; then 2.
//     and 3. again until nothing changes.
// What remains is bounds: a reader who knows counts are never negative can
// still bound a suppressed entry by the sums it is part of (it is never
// known exactly).
// Zeros are published (they are not small cells); suppressed entries keep
// their counts here only so that callers can test; writers never print them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace hanse::stats {

inline constexpr std::int64_t kSmallCellThreshold = 10;

struct SuppressedTable {
  std::size_t rows = 0;  // of the input; the extended matrix has rows + 1
  std::size_t cols = 0;  // of the input; the extended matrix has cols + 1
  // (rows + 1) x (cols + 1): counts[r][cols] is row r's total,
  // counts[rows][c] column c's total, counts[rows][cols] the grand total.
  std::vector<std::vector<std::int64_t>> counts;
  std::vector<std::vector<bool>> suppressed;  // same shape
  std::size_t primary = 0;        // entries suppressed as small
  std::size_t complementary = 0;  // entries suppressed to protect them

  std::int64_t count(std::size_t r, std::size_t c) const { return counts[r][c]; }
  bool is_suppressed(std::size_t r, std::size_t c) const { return suppressed[r][c]; }
};

// cells: rows x cols non-negative counts (every row as long as the first;
// no rows or no columns gives a table of only the grand total, 0).
SuppressedTable suppress_small_cells(const std::vector<std::vector<std::int64_t>>& cells,
                                     std::int64_t threshold = kSmallCellThreshold);

// The lines of the extended matrix as lists of (row, col): every row
// 0..rows (each over columns 0..cols) and every column 0..cols (each over
// rows 0..rows). Shared with the tests that check the rule.
std::vector<std::vector<std::pair<std::size_t, std::size_t>>> table_lines(std::size_t rows, std::size_t cols);

}  // namespace hanse::stats
