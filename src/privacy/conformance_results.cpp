#include "privacy/conformance_results.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <iterator>
#include <utility>

#include <fmt/format.h>

namespace hanse::privacy {
namespace {

using Attributes = std::vector<std::pair<std::string, std::string>>;

struct Tag {
  bool end = false;           // </name>
  bool self_closing = false;  // <name ... />
  std::string name;
  Attributes attributes;
  std::size_t offset = 0;  // of the '<'
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// "&amp;" -> "&", "&#65;" / "&#x41;" -> "A". nullopt for an unknown or
// malformed reference.
std::optional<std::string> decode_entities(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] != '&') {
      out += raw[i];
      continue;
    }
    auto semi = raw.find(';', i);
    if (semi == std::string_view::npos) return std::nullopt;
    std::string_view ref = raw.substr(i + 1, semi - i - 1);
    if (ref == "amp") out += '&';
    else if (ref == "lt") out += '<';
    else if (ref == "gt") out += '>';
    else if (ref == "quot") out += '"';
    else if (ref == "apos") out += '\'';
    else if (ref.size() >= 2 && ref[0] == '#') {
      bool hex = ref[1] == 'x' || ref[1] == 'X';
      std::string_view digits = ref.substr(hex ? 2 : 1);
      if (digits.empty() || digits.size() > 8) return std::nullopt;
      std::uint32_t cp = 0;
      for (char c : digits) {
        int d = -1;
        if (c >= '0' && c <= '9') d = c - '0';
        else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
        if (d < 0) return std::nullopt;
        cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
      }
      if (cp == 0 || cp > 0x10FFFF) return std::nullopt;
      append_utf8(out, cp);
    } else {
      return std::nullopt;
    }
    i = semi;
  }
  return out;
}

// Walks the markup tag by tag, skipping text, comments, CDATA, processing
// instructions and declarations.
class Scanner final {
 public:
  Scanner(std::string_view text, std::string_view source) : m_text(text), m_source(source) {}

  // The next start or end tag; nullopt at the end of the text.
  Result<std::optional<Tag>> next() {
    while (true) {
      std::size_t lt = m_text.find('<', m_pos);
      if (lt == std::string_view::npos) {
        m_pos = m_text.size();
        return std::optional<Tag>{};
      }
      std::string_view rest = m_text.substr(lt);
      if (rest.starts_with("<!--")) {
        HANSE_TRY_STATUS(skip_past(lt, "-->", "comment"));
      } else if (rest.starts_with("<![CDATA[")) {
        HANSE_TRY_STATUS(skip_past(lt, "]]>", "CDATA section"));
      } else if (rest.starts_with("<?")) {
        HANSE_TRY_STATUS(skip_past(lt, "?>", "processing instruction"));
      } else if (rest.starts_with("<!")) {
        HANSE_TRY_STATUS(skip_past(lt, ">", "declaration"));
      } else {
        HANSE_TRY(Tag tag, read_tag(lt));
        return std::optional<Tag>(std::move(tag));
      }
    }
  }

  Error error_at(std::size_t offset, const std::string& what) const {
    auto line = 1 + std::count(m_text.begin(), m_text.begin() + static_cast<std::ptrdiff_t>(offset), '\n');
    return Error{ErrorKind::invalid_input, fmt::format("{}:{}: {}", m_source, line, what)};
  }

 private:
  Status skip_past(std::size_t start, std::string_view terminator, std::string_view what) {
    auto end = m_text.find(terminator, start);
    if (end == std::string_view::npos)
      return std::unexpected(error_at(start, fmt::format("unterminated {}", what)));
    m_pos = end + terminator.size();
    return {};
  }

  bool at_end() const { return m_pos >= m_text.size(); }
  char peek() const { return m_text[m_pos]; }
  void skip_spaces() {
    while (!at_end() && is_space(peek())) ++m_pos;
  }
  std::string read_name() {
    std::size_t start = m_pos;
    while (!at_end() && !is_space(peek()) && peek() != '>' && peek() != '/' && peek() != '=' &&
           peek() != '<')
      ++m_pos;
    return std::string(m_text.substr(start, m_pos - start));
  }

  Result<Tag> read_tag(std::size_t lt) {
    Tag tag;
    tag.offset = lt;
    m_pos = lt + 1;
    if (!at_end() && peek() == '/') {
      tag.end = true;
      ++m_pos;
    }
    tag.name = read_name();
    if (tag.name.empty()) return std::unexpected(error_at(lt, "malformed tag (no element name)"));
    while (true) {
      skip_spaces();
      if (at_end()) return std::unexpected(error_at(lt, fmt::format("unterminated tag <{}", tag.name)));
      if (peek() == '>') {
        ++m_pos;
        return tag;
      }
      if (peek() == '/' && !tag.end && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '>') {
        tag.self_closing = true;
        m_pos += 2;
        return tag;
      }
      if (tag.end)
        return std::unexpected(error_at(lt, fmt::format("malformed end tag </{}", tag.name)));
      HANSE_TRY_STATUS(read_attribute(tag));
    }
  }

  Status read_attribute(Tag& tag) {
    std::size_t start = m_pos;
    std::string name = read_name();
    if (name.empty())
      return std::unexpected(error_at(start, fmt::format("malformed attribute in <{}", tag.name)));
    skip_spaces();
    if (at_end() || peek() != '=')
      return std::unexpected(
          error_at(start, fmt::format("attribute {} of <{}> has no value", name, tag.name)));
    ++m_pos;
    skip_spaces();
    if (at_end() || (peek() != '"' && peek() != '\''))
      return std::unexpected(
          error_at(start, fmt::format("attribute {} of <{}> has an unquoted value", name, tag.name)));
    char quote = peek();
    auto close = m_text.find(quote, m_pos + 1);
    if (close == std::string_view::npos)
      return std::unexpected(
          error_at(start, fmt::format("attribute {} of <{}> is not closed", name, tag.name)));
    auto value = decode_entities(m_text.substr(m_pos + 1, close - m_pos - 1));
    if (!value)
      return std::unexpected(error_at(
          start, fmt::format("attribute {} of <{}> has a bad character reference", name, tag.name)));
    tag.attributes.emplace_back(std::move(name), std::move(*value));
    m_pos = close + 1;
    return {};
  }

  std::string_view m_text;
  std::string_view m_source;
  std::size_t m_pos = 0;
};

const std::string* attribute(const Tag& tag, std::string_view name) {
  for (auto& [key, value] : tag.attributes)
    if (key == name) return &value;
  return nullptr;
}

Result<TestOutcome> start_testcase(const Tag& tag, const Scanner& scanner, std::string_view source) {
  TestOutcome outcome;
  const std::string* name = attribute(tag, "name");
  if (name == nullptr || name->empty())
    return std::unexpected(scanner.error_at(tag.offset, "testcase without a name"));
  outcome.name = *name;
  if (auto* classname = attribute(tag, "classname")) outcome.classname = *classname;
  if (auto* status = attribute(tag, "status")) {
    outcome.googletest = true;
    if (*status == "notrun") outcome.result = TestOutcome::skipped;
  }
  if (auto* result = attribute(tag, "result"); result && (*result == "skipped" || *result == "suppressed"))
    outcome.result = TestOutcome::skipped;
  outcome.source = std::string(source);
  return outcome;
}

}  // namespace

std::string TestOutcome::label() const {
  if (googletest && !classname.empty()) return classname + "." + name;
  return name;
}

std::string_view to_string(TestOutcome::Result result) {
  switch (result) {
    case TestOutcome::passed: return "passed";
    case TestOutcome::failed: return "failed";
    case TestOutcome::skipped: return "skipped";
  }
  return "?";
}

Result<std::vector<TestOutcome>> parse_test_results(std::string_view xml,
                                                    std::string_view source_name) {
  Scanner scanner(xml, source_name);
  std::vector<TestOutcome> outcomes;
  std::optional<TestOutcome> open;  // the testcase whose end tag is still to come
  std::size_t open_offset = 0;
  while (true) {
    HANSE_TRY(auto tag, scanner.next());
    if (!tag) break;
    if (tag->name == "testcase") {
      if (tag->end) {
        if (!open) return std::unexpected(scanner.error_at(tag->offset, "</testcase> without <testcase>"));
        outcomes.push_back(std::move(*open));
        open.reset();
        continue;
      }
      if (open)
        return std::unexpected(scanner.error_at(
            tag->offset, "a testcase inside the testcase that starts at line " +
                             std::to_string(1 + std::count(xml.begin(),
                                                           xml.begin() + static_cast<std::ptrdiff_t>(open_offset),
                                                           '\n'))));
      HANSE_TRY(TestOutcome outcome, start_testcase(*tag, scanner, source_name));
      if (tag->self_closing) {
        outcomes.push_back(std::move(outcome));
      } else {
        open = std::move(outcome);
        open_offset = tag->offset;
      }
      continue;
    }
    if (!open || tag->end) continue;
    if (tag->name == "failure" || tag->name == "error") open->result = TestOutcome::failed;
    else if (tag->name == "skipped" && open->result != TestOutcome::failed)
      open->result = TestOutcome::skipped;
  }
  if (open) return std::unexpected(scanner.error_at(open_offset, "testcase is not closed"));
  return outcomes;
}

Result<std::vector<TestOutcome>> read_test_results(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    return fail(ErrorKind::not_found,
                fmt::format("no test results folder {} (run the tests first: bash scripts/test)", dir));
  std::vector<fs::path> files;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
    if (it->is_regular_file() && it->path().extension() == ".xml") files.push_back(it->path());
  if (ec) return fail(ErrorKind::unavailable, fmt::format("cannot list {}: {}", dir, ec.message()));
  if (files.empty())
    return fail(ErrorKind::not_found,
                fmt::format("no test results (*.xml) in {} (run the tests first: bash scripts/test)", dir));
  std::sort(files.begin(), files.end());
  std::vector<TestOutcome> all;
  for (auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return fail(ErrorKind::unavailable, fmt::format("cannot read {}", file.string()));
    std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad()) return fail(ErrorKind::unavailable, fmt::format("cannot read {}", file.string()));
    HANSE_TRY(auto outcomes, parse_test_results(text, file.filename().string()));
    std::move(outcomes.begin(), outcomes.end(), std::back_inserter(all));
  }
  return all;
}

}  // namespace hanse::privacy
