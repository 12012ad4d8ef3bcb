// The policy-change notice every page shows (P-19): from the publication of
// a new version until it takes effect, a link to what changes; afterwards, to
// a member whose data is still pinned to an older version, a link to the
// page where they can accept the new one.
#include <fmt/format.h>

#include "core/paths.h"
#include "web/page.h"

namespace hanse::web {

void Page::policy_notice(PageFrame& frame) const {
  auto now = m_app.clock.now();
  auto current = m_app.policy->in_force(now);
  auto latest = m_app.policy->latest_published();
  if (!current || !latest) return;
  if (latest->number > current->number) {
    frame.notice = fmt::format("Our privacy policy changes on {}.", latest->effective);
    frame.notice_link = paths::policy_changes(current->number, latest->number);
    frame.notice_link_text = "See what changes";
  } else if (m_member && m_member->member.policy_version < current->number) {
    frame.notice = fmt::format("Version {} of our privacy policy is in force.", current->number);
    frame.notice_link = paths::account_policy();
    frame.notice_link_text = "Review and accept it";
  }
}

}  // namespace hanse::web
