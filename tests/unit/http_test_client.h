// A raw TCP HTTP/1.1 client for the server tests: sends exact bytes, reads
// one response at a time (Content-Length framed).
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace hanse::http::testing {

struct RawResponse {
  int status = 0;
  std::map<std::string, std::string> headers;  // names lower-cased
  std::string body;
  std::string header(const std::string& lower_name) const {
    const auto it = headers.find(lower_name);
    return it == headers.end() ? std::string{} : it->second;
  }
};

class RawClient {
 public:
  explicit RawClient(unsigned short port, int timeout_ms = 5000) {
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    timeval tv{timeout_ms / 1000, (timeout_ms % 1000) * 1000};
    ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    ::setsockopt(m_fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    m_connected = ::connect(m_fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  }
  ~RawClient() {
    if (m_fd >= 0) ::close(m_fd);
  }
  RawClient(const RawClient&) = delete;
  RawClient& operator=(const RawClient&) = delete;

  bool connected() const { return m_connected; }

  // Sends all bytes; false when the peer closed or a timeout hit.
  bool send(std::string_view data) {
    while (!data.empty()) {
      const ssize_t n = ::send(m_fd, data.data(), data.size(), MSG_NOSIGNAL);
      if (n <= 0) return false;
      data.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
  }

  // Reads one response; `head` for a response to HEAD (no body read).
  std::optional<RawResponse> read_response(bool head = false) {
    std::size_t end;
    while ((end = m_pending.find("\r\n\r\n")) == std::string::npos) {
      if (!fill()) return std::nullopt;
    }
    RawResponse response;
    const std::string block = m_pending.substr(0, end + 2);
    m_pending.erase(0, end + 4);
    std::size_t line_end = block.find("\r\n");
    const std::string status_line = block.substr(0, line_end);
    if (status_line.size() < 12 || !status_line.starts_with("HTTP/1.")) return std::nullopt;
    response.status = std::stoi(status_line.substr(9, 3));
    std::size_t pos = line_end + 2;
    while (pos < block.size()) {
      line_end = block.find("\r\n", pos);
      const std::string line = block.substr(pos, line_end - pos);
      pos = line_end + 2;
      const std::size_t colon = line.find(':');
      if (colon == std::string::npos) continue;
      std::string name = line.substr(0, colon);
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      std::string value = line.substr(colon + 1);
      while (!value.empty() && value.front() == ' ') value.erase(0, 1);
      if (response.headers.contains(name)) {
        response.headers[name] += ", " + value;
      } else {
        response.headers[name] = value;
      }
    }
    const bool bodyless = head || response.status == 304 || response.status == 204 ||
                          response.status < 200;
    const std::string length = response.header("content-length");
    if (!bodyless && !length.empty()) {
      const std::size_t size = std::stoul(length);
      while (m_pending.size() < size) {
        if (!fill()) return std::nullopt;
      }
      response.body = m_pending.substr(0, size);
      m_pending.erase(0, size);
    }
    return response;
  }

  // True when the server closes the connection (EOF or reset) before the
  // receive timeout, with no further bytes.
  bool closed_by_peer() {
    if (!m_pending.empty()) return false;
    char byte;
    const ssize_t n = ::recv(m_fd, &byte, 1, 0);
    if (n == 0) return true;
    return n < 0 && errno == ECONNRESET;
  }

  const std::string& pending() const { return m_pending; }

 private:
  bool fill() {
    char buffer[16384];
    const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
    if (n <= 0) return false;
    m_pending.append(buffer, static_cast<std::size_t>(n));
    return true;
  }

  int m_fd = -1;
  bool m_connected = false;
  std::string m_pending;
};

}  // namespace hanse::http::testing
