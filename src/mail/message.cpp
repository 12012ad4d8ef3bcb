#include "mail/message.h"

namespace hanse::mail {

const char* to_string(MailKind kind) {
  switch (kind) {
    case MailKind::administrative:
      return "administrative";
    case MailKind::marketing:
      return "marketing";
  }
  return "administrative";
}

}  // namespace hanse::mail
