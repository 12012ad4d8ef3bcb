// Cost of the cookie layer (SPEC P-16) on one request, on the calling
// thread: reading the visitor's consent (the signed choice cookie and the
// GPC header) and the cookie policy's check of a response, for a visitor
// with no cookie (/0) and one with a choice cookie and a session (/1).
// Run: build/hanse_bench --benchmark_filter=Cookie
#include <benchmark/benchmark.h>

#include "privacy/cookie_choice.h"
#include "web/cookies.h"
#include "web/pipeline.h"

namespace {

const std::string kKey = hanse::privacy::cookie_choice_key("a server key of at least sixteen bytes");

hanse::http::Request request_for(bool with_cookies) {
  hanse::http::Request request;
  request.headers.emplace_back("host", "hanse.example");
  request.headers.emplace_back("user-agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0.0.0 Safari/537.36");
  if (with_cookies) {
    auto choice = hanse::privacy::encode_cookie_choice(kKey, hanse::privacy::CookieChoice::all(false, 1'800'000'000));
    request.headers.emplace_back("cookie", "hanse_session=" + std::string(43, 's') + "; hanse_cookie_choice=" + choice);
  }
  return request;
}

void BM_CookieConsentAndPolicy(benchmark::State& state) {
  const auto request = request_for(state.range(0) != 0);
  hanse::http::Response page = hanse::http::Response::html(std::string(20000, 'x'));
  page.set_header("Content-Type", "text/html; charset=utf-8");
  for (auto _ : state) {
    auto cookie = request.cookie("hanse_cookie_choice");
    std::optional<hanse::privacy::CookieChoice> choice;
    if (cookie) choice = hanse::privacy::decode_cookie_choice(kKey, *cookie);
    hanse::privacy::CookieConsent consent(std::move(choice), request.header("sec-gpc") == "1");
    benchmark::DoNotOptimize(consent.needs_asking());
    hanse::web::apply_cookie_policy(request, page, consent, "/company/{id}");
    benchmark::DoNotOptimize(page);
  }
}
BENCHMARK(BM_CookieConsentAndPolicy)->Arg(0)->Arg(1);

}  // namespace
