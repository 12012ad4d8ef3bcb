#include "mail_support.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

#include <nlohmann/json.hpp>

#include "db/migrations.h"

namespace hanse::mail::testing {
namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Replaces the database name in a PostgreSQL URL.
std::string with_database(const std::string& url, const std::string& name) {
  std::size_t authority = url.find("://");
  authority = authority == std::string::npos ? 0 : authority + 3;
  std::size_t path = url.find_first_of("/?", authority);
  if (path == std::string::npos) return url + "/" + name;
  std::size_t query = url.find('?', path);
  std::string rest = query == std::string::npos ? "" : url.substr(query);
  return url.substr(0, path) + "/" + name + rest;
}

Status run_admin(const std::string& admin_url, const std::string& sql) {
  HANSE_TRY(auto server, db::open_database(admin_url, 1));
  HANSE_TRY(auto lease, server->acquire());
  return lease->execute_script(sql);
}

bool accepts_connections(int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return false;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  ::close(fd);
  return ok;
}

// Binds a listening socket on 127.0.0.1:port; -1 when the port is taken.
int listen_on(int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return -1;
  int one = 1;
  ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(fd, 16) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

constexpr const char* kDecodeScript = R"PY(
import email, json, sys
from email import policy
out = []
for path in sys.argv[1:]:
    with open(path, 'rb') as f:
        m = email.message_from_binary_file(f, policy=policy.default)
    def h(name):
        v = m[name]
        return '' if v is None else str(v)
    out.append({
        'subject': h('subject'), 'from': h('from'), 'to': h('to'),
        'message_id': h('message-id'), 'date': h('date'),
        'content_type': m.get_content_type(), 'charset': m.get_content_charset() or '',
        'transfer_encoding': h('content-transfer-encoding'),
        'body': m.get_content(),
    })
print(json.dumps(out))
)PY";

}  // namespace

std::string unique_token() {
  static std::mt19937_64 engine(std::random_device{}() ^
                                (static_cast<std::uint64_t>(::getpid()) << 20));
  static std::mutex mutex;
  std::lock_guard lock(mutex);
  const char* digits = "0123456789abcdef";
  std::string s;
  for (int i = 0; i < 12; ++i) s += digits[engine() % 16];
  return s;
}

int free_port() {
  static std::mt19937 engine(std::random_device{}());
  std::uniform_int_distribution<int> pick(20000, 32000);
  for (int i = 0; i < 200; ++i) {
    int port = pick(engine);
    int fd = listen_on(port);
    if (fd >= 0) {
      ::close(fd);
      return port;
    }
  }
  return 0;
}

TempDir::TempDir()
    : m_path(std::filesystem::temp_directory_path() / ("hanse_mail_" + unique_token())) {
  std::filesystem::create_directories(m_path);
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(m_path, ignored);
}

// ---- database --------------------------------------------------------------

std::string backend_name(const ::testing::TestParamInfo<db::Backend>& info) {
  return info.param == db::Backend::sqlite ? "sqlite" : "postgres";
}

void MailDbTest::SetUp() {
  std::string url;
  if (GetParam() == db::Backend::postgres) {
    const char* admin = std::getenv("HANSE_TEST_PG_URL");
    if (!admin || !*admin) GTEST_SKIP() << "HANSE_TEST_PG_URL is not set; PostgreSQL tests skipped";
    m_admin_url = admin;
    m_name = "hanse_mail_" + unique_token();
    auto created = run_admin(m_admin_url, "CREATE DATABASE " + m_name);
    ASSERT_TRUE(created) << created.error().message;
    url = with_database(m_admin_url, m_name);
  } else {
    m_name = (std::filesystem::temp_directory_path() / ("hanse_mail_" + unique_token() + ".db"))
                 .string();
    url = "sqlite:" + m_name;
  }
  m_url = url;
  auto opened = db::open_database(url, 4);
  ASSERT_TRUE(opened) << opened.error().message;
  m_db = std::move(*opened);
  auto migrated = db::migrate(*m_db);
  ASSERT_TRUE(migrated) << migrated.error().message;
}

void MailDbTest::TearDown() {
  m_db.reset();
  if (m_name.empty()) return;
  if (GetParam() == db::Backend::postgres) {
    auto dropped = run_admin(m_admin_url, "DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)");
    EXPECT_TRUE(dropped) << dropped.error().message;
  } else {
    std::error_code ignored;
    for (const char* ending : {"", "-wal", "-shm", "-journal"}) {
      std::filesystem::remove(m_name + ending, ignored);
    }
  }
}

std::vector<MailDbTest::OutboxRow> MailDbTest::outbox_rows() {
  std::vector<OutboxRow> out;
  auto lease = m_db->acquire();
  EXPECT_TRUE(lease) << lease.error().message;
  if (!lease) return out;
  auto rows = (*lease)->query(
      "SELECT id, recipient, subject, body, kind, status, last_error, attempts, "
      "next_attempt_at, created_at, sent_at FROM mail_outbox ORDER BY id");
  EXPECT_TRUE(rows) << rows.error().message;
  if (!rows) return out;
  for (const auto& r : *rows) {
    out.push_back(OutboxRow{r.integer(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5),
                            r.text(6), r.integer(7), r.integer(8), r.integer(9),
                            r.optional_integer(10)});
  }
  return out;
}

// ---- aiosmtpd --------------------------------------------------------------

AiosmtpdServer::~AiosmtpdServer() { kill(); }

std::string AiosmtpdServer::start() {
  if (std::system("/usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1") != 0) {
    return "/usr/bin/python3 cannot import aiosmtpd (apt-get install python3-aiosmtpd)";
  }
  std::ofstream(m_dir.path() / "decode.py") << kDecodeScript;
  std::string maildir = (m_dir.path() / "Maildir").string();
  std::string log = (m_dir.path() / "server.log").string();
  std::string last_log;
  for (int attempt = 0; attempt < 5; ++attempt) {
    int port = free_port();
    std::string listen = "127.0.0.1:" + std::to_string(port);
    std::vector<std::string> args = {
        "/usr/bin/python3",          "-m",   "aiosmtpd", "-n", "-l", listen, "-c",
        "aiosmtpd.handlers.Mailbox", maildir};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    // fork + exec rather than posix_spawn, so the child can ask to be
    // killed when this test program dies without cleaning up.
    pid_t parent = ::getpid();
    pid_t pid = ::fork();
    if (pid < 0) return "fork failed";
    if (pid == 0) {
      ::prctl(PR_SET_PDEATHSIG, SIGKILL);
      if (::getppid() != parent) ::_exit(127);
      int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (fd >= 0) {
        ::dup2(fd, 1);
        ::dup2(fd, 2);
      }
      ::execv(argv[0], argv.data());
      ::_exit(127);
    }
    m_pid = pid;
    m_port = port;
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
    while (std::chrono::steady_clock::now() < deadline) {
      int status = 0;
      if (::waitpid(pid, &status, WNOHANG) == pid) {
        m_pid = -1;
        break;
      }
      if (accepts_connections(port)) return "";
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    last_log = read_file(log);
    kill();
  }
  return "aiosmtpd did not start: " + last_log;
}

void AiosmtpdServer::kill() {
  if (m_pid <= 0) return;
  ::kill(m_pid, SIGTERM);
  for (int i = 0; i < 100; ++i) {
    int status = 0;
    if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
      m_pid = -1;
      return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ::kill(m_pid, SIGKILL);
  int status = 0;
  ::waitpid(m_pid, &status, 0);
  m_pid = -1;
}

std::vector<ReceivedMail> AiosmtpdServer::messages_with(const std::string& token) const {
  std::vector<ReceivedMail> out;
  std::string command = "/usr/bin/python3 " + (m_dir.path() / "decode.py").string();
  auto dir = m_dir.path() / "Maildir" / "new";
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    std::string raw = read_file(entry.path());
    if (raw.find(token) == std::string::npos) continue;
    command += " " + entry.path().string();
    ReceivedMail mail;
    mail.raw = std::move(raw);
    out.push_back(std::move(mail));
  }
  if (out.empty()) return out;
  std::string json;
  if (FILE* pipe = ::popen(command.c_str(), "r")) {
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) json.append(buffer, n);
    ::pclose(pipe);
  }
  auto parsed = nlohmann::json::parse(json, nullptr, false);
  if (!parsed.is_array() || parsed.size() != out.size()) {
    ADD_FAILURE() << "cannot decode the delivered messages: " << json;
    return out;
  }
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto& p = parsed[i];
    auto& mail = out[i];
    mail.subject = p.value("subject", "");
    mail.from = p.value("from", "");
    mail.to = p.value("to", "");
    mail.message_id = p.value("message_id", "");
    mail.date = p.value("date", "");
    mail.content_type = p.value("content_type", "");
    mail.charset = p.value("charset", "");
    mail.transfer_encoding = p.value("transfer_encoding", "");
    mail.body = p.value("body", "");
  }
  return out;
}

std::size_t AiosmtpdServer::count_with(const std::string& token) const {
  std::size_t count = 0;
  std::error_code ec;
  for (const auto& entry :
       std::filesystem::directory_iterator(m_dir.path() / "Maildir" / "new", ec)) {
    count += read_file(entry.path()).find(token) != std::string::npos;
  }
  return count;
}

std::vector<ReceivedMail> AiosmtpdServer::wait_for(const std::string& token, std::size_t count,
                                                   std::chrono::milliseconds timeout) const {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (count_with(token) < count && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return messages_with(token);
}

// ---- fake SMTP server --------------------------------------------------------

FakeSmtpServer::FakeSmtpServer() {
  for (int i = 0; i < 50 && m_listen_fd < 0; ++i) {
    m_port = free_port();
    m_listen_fd = listen_on(m_port);
  }
  m_thread = std::thread([this] { serve(); });
}

FakeSmtpServer::~FakeSmtpServer() {
  m_stop = true;
  m_thread.join();
  if (m_listen_fd >= 0) ::close(m_listen_fd);
}

void FakeSmtpServer::set_reply(const std::string& verb, const std::string& reply) {
  std::lock_guard lock(m_mutex);
  m_replies[verb] = reply;
}

std::vector<std::string> FakeSmtpServer::commands() const {
  std::lock_guard lock(m_mutex);
  return m_commands;
}

std::vector<std::string> FakeSmtpServer::data() const {
  std::lock_guard lock(m_mutex);
  return m_data;
}

std::string FakeSmtpServer::reply_for(const std::string& verb, const std::string& fallback) const {
  std::lock_guard lock(m_mutex);
  auto it = m_replies.find(verb);
  return (it == m_replies.end() ? fallback : it->second) + "\r\n";
}

void FakeSmtpServer::serve() {
  while (!m_stop && m_listen_fd >= 0) {
    pollfd p{m_listen_fd, POLLIN, 0};
    if (::poll(&p, 1, 50) <= 0) continue;
    int fd = ::accept(m_listen_fd, nullptr, nullptr);
    if (fd < 0) continue;
    handle(fd);
    ::close(fd);
  }
}

void FakeSmtpServer::handle(int fd) {
  auto send_text = [fd](const std::string& text) {
    (void)::send(fd, text.data(), text.size(), MSG_NOSIGNAL);
  };
  std::string buffer;
  // Reads one line (without CRLF); false on close, error or stop.
  auto read_line = [&](std::string& line) {
    for (;;) {
      auto end = buffer.find("\r\n");
      if (end != std::string::npos) {
        line = buffer.substr(0, end);
        buffer.erase(0, end + 2);
        return true;
      }
      if (m_stop) return false;
      pollfd p{fd, POLLIN, 0};
      if (::poll(&p, 1, 50) <= 0) continue;
      char chunk[4096];
      auto n = ::recv(fd, chunk, sizeof chunk, 0);
      if (n <= 0) return false;
      buffer.append(chunk, static_cast<std::size_t>(n));
    }
  };
  std::string greeting = reply_for("GREETING", "220 fake.test ESMTP");
  if (greeting == "\r\n") {  // a silent server: read until the client gives up
    std::string ignored;
    while (read_line(ignored)) {
    }
    return;
  }
  send_text(greeting);
  if (greeting[0] != '2') return;
  std::string line;
  while (read_line(line)) {
    std::string verb = line.substr(0, line.find_first_of(" :"));
    for (auto& c : verb) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    {
      std::lock_guard lock(m_mutex);
      m_commands.push_back(line);
    }
    if (verb == "EHLO") {
      send_text(reply_for("EHLO", "250-fake.test\r\n250-8BITMIME\r\n250 HELP"));
    } else if (verb == "QUIT") {
      send_text(reply_for("QUIT", "221 bye"));
      return;
    } else if (verb == "DATA") {
      std::string reply = reply_for("DATA", "354 end with <CRLF>.<CRLF>");
      send_text(reply);
      if (reply[0] != '3') continue;
      std::string data;
      while (read_line(line) && line != ".") data += line + "\r\n";
      {
        std::lock_guard lock(m_mutex);
        m_data.push_back(data);
      }
      send_text(reply_for("END", "250 queued"));
    } else {
      send_text(reply_for(verb, "250 OK"));
    }
  }
}

}  // namespace hanse::mail::testing
