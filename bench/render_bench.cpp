// Cost of rendering pages with the template engine (ctemplate, auto-escaped),
// without HTTP or database. Run: build/hanse_bench --benchmark_filter=Render
#include <benchmark/benchmark.h>

#include <stdexcept>

#include "core/config.h"
#include "web/register_form.h"
#include "web/views.h"

namespace {

const hanse::web::Views& views() {
  static std::unique_ptr<hanse::web::Views> v = [] {
    auto config = hanse::load_config({});
    if (!config) throw std::runtime_error(config.error().message);
    auto opened = hanse::web::Views::open(config->server.templates_dir, config->site);
    if (!opened) throw std::runtime_error(opened.error().message);
    return std::move(*opened);
  }();
  return *v;
}

void BM_RenderHome(benchmark::State& state) {
  hanse::web::PageFrame frame;
  frame.title = "Hanse — trade between companies";
  frame.csrf = "csrf-token";
  for (auto _ : state) {
    auto html = views().page("home", frame, [](hanse::web::Dict&) {});
    benchmark::DoNotOptimize(html);
  }
}
BENCHMARK(BM_RenderHome);

// The largest page: a registration form with every field filled, errors and
// ~250 country options.
void BM_RenderRegisterWithErrors(benchmark::State& state) {
  hanse::web::PageFrame frame;
  frame.title = "Register";
  frame.csrf = "csrf-token";
  for (auto _ : state) {
    auto html = views().page("register", frame, [](hanse::web::Dict& d) {
      hanse::accounts::MemberFields f;
      f.name = "Anna <Schmidt>";
      f.email = "anna@example.com";
      hanse::web::fill_member_fields(d, f, {{"phone", "Enter a phone number."}});
    });
    benchmark::DoNotOptimize(html);
  }
}
BENCHMARK(BM_RenderRegisterWithErrors);

}  // namespace
