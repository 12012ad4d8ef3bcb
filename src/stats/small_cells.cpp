#include "stats/small_cells.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

namespace hanse::stats {

std::vector<std::vector<std::pair<std::size_t, std::size_t>>> table_lines(std::size_t rows, std::size_t cols) {
  std::vector<std::vector<std::pair<std::size_t, std::size_t>>> lines;
  lines.reserve(rows + cols + 2);
  for (std::size_t r = 0; r <= rows; ++r) {
    auto& line = lines.emplace_back();
    for (std::size_t c = 0; c <= cols; ++c) line.emplace_back(r, c);
  }
  for (std::size_t c = 0; c <= cols; ++c) {
    auto& line = lines.emplace_back();
    for (std::size_t r = 0; r <= rows; ++r) line.emplace_back(r, c);
  }
  return lines;
}

namespace {

// The suppressed entries as a graph: a vertex per row (0..rows) and per
// column (rows + 1 + c), an edge per suppressed entry. Every line of the
// extended matrix sums to zero once the totals are negated, so the
// suppressed entries that the published ones and the totals determine are
// exactly the bridges of this graph (the edges on no cycle): the line rule
// removes the bridges that end in a vertex of degree 1, this removes the
// rest (two cycles joined by one entry, which adding up the lines of one
// side gives away).
struct Edge {
  std::size_t r = 0, c = 0;
};

class SuppressionGraph {
 public:
  explicit SuppressionGraph(const SuppressedTable& t) : m_rows(t.rows + 1), m_adjacent(t.rows + 1 + t.cols + 1) {
    for (std::size_t r = 0; r <= t.rows; ++r) {
      for (std::size_t c = 0; c <= t.cols; ++c) {
        if (!t.suppressed[r][c]) continue;
        const std::size_t id = m_edges.size();
        m_edges.push_back({r, c});
        m_adjacent[r].push_back({m_rows + c, id});
        m_adjacent[m_rows + c].push_back({r, id});
      }
    }
  }

  // An edge on no cycle (Tarjan's bridge search), if any.
  std::optional<Edge> bridge() {
    const std::size_t n = m_adjacent.size();
    m_order.assign(n, 0);
    m_low.assign(n, 0);
    m_counter = 0;
    for (std::size_t v = 0; v < n; ++v) {
      if (m_order[v] == 0 && !m_adjacent[v].empty()) {
        if (auto found = visit(v, m_edges.size())) return m_edges[*found];
      }
    }
    return std::nullopt;
  }

  // The vertices reachable from `from` without crossing edge `cut`.
  std::vector<bool> side(std::size_t from, std::size_t cut_r, std::size_t cut_c) const {
    std::vector<bool> seen(m_adjacent.size(), false);
    std::vector<std::size_t> stack{from};
    seen[from] = true;
    while (!stack.empty()) {
      const std::size_t v = stack.back();
      stack.pop_back();
      for (auto [w, id] : m_adjacent[v]) {
        if (m_edges[id].r == cut_r && m_edges[id].c == cut_c) continue;
        if (!seen[w]) {
          seen[w] = true;
          stack.push_back(w);
        }
      }
    }
    return seen;
  }

  std::size_t rows() const { return m_rows; }

 private:
  std::optional<std::size_t> visit(std::size_t v, std::size_t via) {
    m_order[v] = m_low[v] = ++m_counter;
    for (auto [w, id] : m_adjacent[v]) {
      if (id == via) continue;
      if (m_order[w] == 0) {
        if (auto found = visit(w, id)) return found;
        m_low[v] = std::min(m_low[v], m_low[w]);
        if (m_low[w] > m_order[v]) return id;
      } else {
        m_low[v] = std::min(m_low[v], m_order[w]);
      }
    }
    return std::nullopt;
  }

  std::size_t m_rows;
  std::vector<std::vector<std::pair<std::size_t, std::size_t>>> m_adjacent;  // (vertex, edge)
  std::vector<Edge> m_edges;
  std::vector<std::size_t> m_order, m_low;
  std::size_t m_counter = 0;
};

std::optional<Edge> find_bridge(const SuppressedTable& t) {
  SuppressionGraph graph(t);
  return graph.bridge();
}

// Puts bridge (r, c) on a cycle: suppresses the smallest published entry
// (non-zero ones first) joining a row on c's side to a column on r's side.
void protect_bridge(SuppressedTable& t, Edge bridge) {
  SuppressionGraph graph(t);
  const auto row_side = graph.side(bridge.r, bridge.r, bridge.c);
  const auto col_side = graph.side(graph.rows() + bridge.c, bridge.r, bridge.c);
  std::optional<Edge> best;
  std::int64_t best_count = 0;
  bool best_nonzero = false;
  for (std::size_t r = 0; r <= t.rows; ++r) {
    if (!col_side[r]) continue;
    for (std::size_t c = 0; c <= t.cols; ++c) {
      if (!row_side[graph.rows() + c] || t.suppressed[r][c]) continue;
      const std::int64_t n = t.counts[r][c];
      const bool nonzero = n > 0;
      if (!best || (nonzero && !best_nonzero) || (nonzero == best_nonzero && n < best_count)) {
        best = Edge{r, c};
        best_count = n;
        best_nonzero = nonzero;
      }
    }
  }
  // After the line rule both sides hold rows and columns, so there is one.
  if (!best) return;
  t.suppressed[best->r][best->c] = true;
  ++t.complementary;
}

}  // namespace

SuppressedTable suppress_small_cells(const std::vector<std::vector<std::int64_t>>& cells, std::int64_t threshold) {
  SuppressedTable t;
  t.rows = cells.size();
  t.cols = cells.empty() ? 0 : cells.front().size();
  t.counts.assign(t.rows + 1, std::vector<std::int64_t>(t.cols + 1, 0));
  t.suppressed.assign(t.rows + 1, std::vector<bool>(t.cols + 1, false));
  for (std::size_t r = 0; r < t.rows; ++r) {
    for (std::size_t c = 0; c < t.cols; ++c) {
      const std::int64_t n = c < cells[r].size() && cells[r][c] > 0 ? cells[r][c] : 0;
      t.counts[r][c] = n;
      t.counts[r][t.cols] += n;
      t.counts[t.rows][c] += n;
      t.counts[t.rows][t.cols] += n;
    }
  }

  // 1. Primary suppression.
  for (std::size_t r = 0; r <= t.rows; ++r) {
    for (std::size_t c = 0; c <= t.cols; ++c) {
      const std::int64_t n = t.counts[r][c];
      if (n >= 1 && n <= threshold) {
        t.suppressed[r][c] = true;
        ++t.primary;
      }
    }
  }

  // 2. Complementary suppression until every line has 0 or >= 2, and 3.
  // until no suppressed entry follows from several lines together.
  const auto lines = table_lines(t.rows, t.cols);
  for (bool changed = true; changed;) {
    changed = false;
    for (const auto& line : lines) {
      std::size_t hidden = 0;
      for (auto [r, c] : line) hidden += t.suppressed[r][c] ? 1 : 0;
      if (hidden != 1) continue;
      // The smallest published entry, preferring non-zero ones.
      std::pair<std::size_t, std::size_t> best{0, 0};
      bool found = false;
      bool best_nonzero = false;
      std::int64_t best_count = std::numeric_limits<std::int64_t>::max();
      for (auto [r, c] : line) {
        if (t.suppressed[r][c]) continue;
        const std::int64_t n = t.counts[r][c];
        const bool nonzero = n > 0;
        if (!found || (nonzero && !best_nonzero) || (nonzero == best_nonzero && n < best_count)) {
          best = {r, c};
          best_count = n;
          best_nonzero = nonzero;
          found = true;
        }
      }
      // A line always has at least two entries (a cell and its total), so
      // one is published here.
      if (!found) continue;
      t.suppressed[best.first][best.second] = true;
      ++t.complementary;
      changed = true;
    }
    if (changed) continue;  // the line rule first: it is cheap and usually enough
    if (auto bridge = find_bridge(t)) {
      protect_bridge(t, *bridge);
      changed = true;
    }
  }
  return t;
}

}  // namespace hanse::stats
