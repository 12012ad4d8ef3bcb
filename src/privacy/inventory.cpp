#include "privacy/inventory.h"

#include <algorithm>
#include <set>

namespace hanse::privacy {

namespace {

// How a column is classified: it is personal when its value, linked
// through its row to a person (member or staff), holds something that
// person gave or that was observed about them (contact data, credentials,
// device, activity). Keys, references to other rows, status flags and the
// system's own bookkeeping (expiries set by policy, retry counters) are
// non-personal. A new column is added here in the same change as its
// migration; tests/unit/privacy_inventory_test.cpp fails until it is.
constexpr std::string_view kNone = "";

constexpr InventoryEntry kInventory[] = {
    // members (M-2, P-7)
    {"members", "id", kNone, "row key"},
    {"members", "email", "user.contact.email", "sign-in name and contact address"},
    {"members", "name", "user.name", "the person's name"},
    {"members", "phone", "user.contact.phone_number", "telephone number"},
    {"members", "address", "user.contact.address", "postal address"},
    {"members", "country", "user.contact.address.country", "country of the address"},
    {"members", "company_name", "user.contact.organization", "the person's company"},
    {"members", "company_address", "user.contact.address", "the company's postal address"},
    {"members", "password_hash", "user.authorization.credentials", "Argon2id hash of the password"},
    {"members", "created_at", "user.account", "when the person registered"},
    {"members", "updated_at", "user.account", "when the person last changed their account"},
    {"members", "policy_version", kNone, "policy version the row was collected under (pinning)"},
    {"members", "collected_on", kNone, "page or partner the row was collected on (pinning)"},
    {"members", "public_name", "user.content.public", "name the member chose to show with their company (P-12)"},
    {"members", "public_title", "user.content.public", "job title the member chose to show (P-12)"},

    // sessions (P-5)
    {"sessions", "id", kNone, "row key"},
    {"sessions", "token_hash", "user.authorization.credentials", "hash of the session cookie token"},
    {"sessions", "member_id", kNone, "reference to members"},
    {"sessions", "staff_id", kNone, "reference to staff"},
    {"sessions", "persistent", kNone, "whether the session survives the browser (a setting)"},
    {"sessions", "user_agent", "user.device", "the browser's User-Agent"},
    {"sessions", "created_at", "user.behavior", "when the person signed in"},
    {"sessions", "last_seen_at", "user.behavior", "when the person was last active"},
    {"sessions", "expires_at", kNone, "expiry computed from the session policy"},

    // signin_throttle (P-6)
    {"signin_throttle", "throttle_key", "user.device.ip_address",
     "\"ip:ADDRESS\" or \"account:E-MAIL\" (also user.contact.email)"},
    {"signin_throttle", "failures", kNone, "rate-limit counter (security bookkeeping)"},
    {"signin_throttle", "first_failure_at", kNone, "start of the rate-limit window"},
    {"signin_throttle", "blocked_until", kNone, "block expiry computed from the throttle rule"},

    // password_resets (P-4)
    {"password_resets", "id", kNone, "row key"},
    {"password_resets", "token_hash", "user.authorization.credentials", "hash of the reset token"},
    {"password_resets", "member_id", kNone, "reference to members"},
    {"password_resets", "created_at", "user.behavior", "when the person asked for a reset"},
    {"password_resets", "expires_at", kNone, "expiry computed from configuration"},
    {"password_resets", "used_at", "user.behavior", "when the person used the link"},

    // mail_outbox
    {"mail_outbox", "id", kNone, "row key"},
    {"mail_outbox", "recipient", "user.contact.email", "the addressee"},
    {"mail_outbox", "subject", "user.content.private",
     "subject of a message to the person (never a link or token); kept 90 days after delivery"},
    {"mail_outbox", "body", "user.content.private",
     "text of a message to the person, kept only until it is sent or fails (then blanked)"},
    {"mail_outbox", "kind", kNone, "administrative or marketing"},
    {"mail_outbox", "status", kNone, "delivery state"},
    {"mail_outbox", "attempts", kNone, "delivery retry counter"},
    {"mail_outbox", "next_attempt_at", kNone, "delivery schedule"},
    {"mail_outbox", "last_error", "user.contact.email", "SMTP error text, which may quote the address"},
    {"mail_outbox", "created_at", kNone, "when the system queued the message"},
    {"mail_outbox", "sent_at", kNone, "when the system delivered the message"},

    // staff (S-1): staff members are people too
    {"staff", "id", kNone, "row key"},
    {"staff", "email", "user.contact.email", "staff member's sign-in name and address"},
    {"staff", "role", "user.authorization", "the staff member's permissions"},
    {"staff", "password_hash", "user.authorization.credentials", "Argon2id hash of the password"},
    {"staff", "created_at", "user.account", "when the staff account was created"},

    // staff_password_tokens (S-1)
    {"staff_password_tokens", "id", kNone, "row key"},
    {"staff_password_tokens", "token_hash", "user.authorization.credentials",
     "hash of the set-password token"},
    {"staff_password_tokens", "staff_id", kNone, "reference to staff"},
    {"staff_password_tokens", "created_at", kNone, "when an administrator created the link"},
    {"staff_password_tokens", "expires_at", kNone, "expiry computed from configuration"},
    {"staff_password_tokens", "used_at", "user.behavior", "when the staff member used the link"},

    // audit_log (S-2): ids and codes only, by construction (audit/audit_log.h)
    {"audit_log", "id", kNone, "chain position"},
    {"audit_log", "at", kNone, "time of a security event, read only for audit"},
    {"audit_log", "actor_kind", kNone, "member, staff or system"},
    {"audit_log", "actor_id", kNone, "reference to members or staff"},
    {"audit_log", "action", kNone, "event code such as member.sign_in"},
    {"audit_log", "subject", kNone, "reference such as member:12"},
    {"audit_log", "details", kNone, "JSON of ids and codes; never personal values"},
    {"audit_log", "prev_hash", kNone, "hash chain"},
    {"audit_log", "hash", kNone, "hash chain"},

    // consent_ledger (P-7)
    {"consent_ledger", "id", kNone, "row key"},
    {"consent_ledger", "member_id", kNone, "reference to members"},
    {"consent_ledger", "kind", "user.privacy_preferences", "what kind of choice"},
    {"consent_ledger", "what", "user.privacy_preferences", "what the choice is about"},
    {"consent_ledger", "value", "user.privacy_preferences", "accepted, granted or denied"},
    {"consent_ledger", "given_at", "user.privacy_preferences", "when the choice was made"},
    {"consent_ledger", "source", "user.privacy_preferences", "where the choice was made"},

    // staff_access_log (S-1): which staff member read whose fields and why
    {"staff_access_log", "id", kNone, "row key"},
    {"staff_access_log", "staff_id", kNone, "reference to staff"},
    {"staff_access_log", "member_id", kNone, "reference to members"},
    {"staff_access_log", "fields", kNone, "names of the fields read (\"members.email\"), not values"},
    {"staff_access_log", "purpose", kNone, "a purpose key of the policy"},
    {"staff_access_log", "reason", "user.content.private",
     "the staff member's stated reason, free text that may mention the member"},
    {"staff_access_log", "at", kNone, "time of the staff read"},

    // policy_versions (P-19): published policy texts, about no one
    {"policy_versions", "version", kNone, "policy version number"},
    {"policy_versions", "source", kNone, "the version's TOML text"},
    {"policy_versions", "published_at", kNone, "publication date"},
    {"policy_versions", "effective_at", kNone, "effective date"},

    // uploads (M-1, M-3): logos and product photos
    {"uploads", "id", kNone, "row key"},
    {"uploads", "member_id", kNone, "reference to members (uploader)"},
    {"uploads", "content_type", kNone, "image type recognised from the bytes"},
    {"uploads", "size", kNone, "byte count"},
    {"uploads", "data", "user.content.public", "the image, published as a logo or product photo"},
    {"uploads", "created_at", kNone, "when the image was stored"},

    // companies (M-1): the public company profile (P-12)
    {"companies", "id", kNone, "row key"},
    {"companies", "slug", kNone, "URL part derived from the name"},
    {"companies", "name", "user.contact.organization", "company name, public"},
    {"companies", "address", "user.contact.organization", "company address, public"},
    {"companies", "country", "user.contact.organization", "company country, public"},
    {"companies", "year_founded", "user.contact.organization", "year founded, public"},
    {"companies", "description", "user.content.public", "company description, public"},
    {"companies", "website", "user.contact.url", "company website, public"},
    {"companies", "logo_upload_id", kNone, "reference to uploads"},
    {"companies", "policy_version", kNone, "policy version the profile was collected under (pinning)"},
    {"companies", "created_at", kNone, "when the profile was created"},
    {"companies", "updated_at", kNone, "when the profile last changed"},

    // company_industries (M-1, M-5)
    {"company_industries", "company_id", kNone, "reference to companies"},
    {"company_industries", "category_id", kNone, "category directory id"},

    // company_members (M-2)
    {"company_members", "member_id", kNone, "reference to members"},
    {"company_members", "company_id", kNone, "reference to companies"},
    {"company_members", "role", kNone, "owner or member (a setting)"},
    {"company_members", "joined_at", "user.account", "when the person joined the company"},

    // company_invites (M-2)
    {"company_invites", "id", kNone, "row key"},
    {"company_invites", "company_id", kNone, "reference to companies"},
    {"company_invites", "email", "user.contact.email", "address the invitation was sent to"},
    {"company_invites", "token_hash", "user.authorization.credentials", "hash of the invitation token"},
    {"company_invites", "invited_by", kNone, "reference to members"},
    {"company_invites", "created_at", kNone, "when the invitation was sent"},
    {"company_invites", "expires_at", kNone, "expiry computed from configuration"},
    {"company_invites", "used_at", "user.behavior", "when the person accepted"},
    {"company_invites", "used_by", kNone, "reference to members"},

    // products (M-3): public (P-12)
    {"products", "id", kNone, "row key"},
    {"products", "company_id", kNone, "reference to companies"},
    {"products", "category_id", kNone, "category directory id"},
    {"products", "title", "user.content.public", "product title, public"},
    {"products", "description", "user.content.public", "product description, public"},
    {"products", "specifications", "user.content.public", "product specifications, public"},
    {"products", "min_order_quantity", "user.content.public", "minimum order, public"},
    {"products", "min_order_unit", "user.content.public", "unit of the minimum order, public"},
    {"products", "price_min_cents", "user.content.public", "price range, public"},
    {"products", "price_max_cents", "user.content.public", "price range, public"},
    {"products", "currency", "user.content.public", "currency of the prices, public"},
    {"products", "created_at", kNone, "when the product was listed"},
    {"products", "updated_at", kNone, "when the product last changed"},

    // product_photos (M-3)
    {"product_photos", "product_id", kNone, "reference to products"},
    {"product_photos", "position", kNone, "order of the photo"},
    {"product_photos", "upload_id", kNone, "reference to uploads"},

    // offers (M-4): public while active (P-12)
    {"offers", "id", kNone, "row key"},
    {"offers", "company_id", kNone, "reference to companies"},
    {"offers", "member_id", kNone, "reference to members (who posted it)"},
    {"offers", "kind", "user.content.public", "buy or sell, public"},
    {"offers", "category_id", kNone, "category directory id"},
    {"offers", "title", "user.content.public", "what is offered or wanted, public"},
    {"offers", "description", "user.content.public", "offer text, public"},
    {"offers", "quantity", "user.content.public", "quantity, public"},
    {"offers", "unit", "user.content.public", "unit of the quantity, public"},
    {"offers", "target_price_cents", "user.content.public", "target price, public"},
    {"offers", "currency", "user.content.public", "currency of the price, public"},
    {"offers", "created_at", kNone, "when the offer was posted"},
    {"offers", "renewed_at", kNone, "when the offer was last renewed"},
    {"offers", "expires_at", kNone, "expiry of the offer"},
    {"offers", "withdrawn_at", kNone, "when the offer was withdrawn"},

    // inquiries (M-7): private to the two sides
    {"inquiries", "id", kNone, "row key"},
    {"inquiries", "supplier_company_id", kNone, "reference to companies"},
    {"inquiries", "buyer_member_id", kNone, "reference to members"},
    {"inquiries", "buyer_company_id", kNone, "reference to companies"},
    {"inquiries", "product_id", kNone, "reference to products"},
    {"inquiries", "offer_id", kNone, "reference to offers"},
    {"inquiries", "subject", "user.content.private", "subject the buyer wrote"},
    {"inquiries", "created_at", "user.behavior", "when the buyer asked"},
    {"inquiries", "last_message_at", "user.behavior", "when the thread last changed"},

    // inquiry_messages (M-7)
    {"inquiry_messages", "id", kNone, "row key"},
    {"inquiry_messages", "inquiry_id", kNone, "reference to inquiries"},
    {"inquiry_messages", "member_id", kNone, "reference to members (author)"},
    {"inquiry_messages", "from_supplier", kNone, "which side wrote it"},
    {"inquiry_messages", "body", "user.content.private", "the message"},
    {"inquiry_messages", "created_at", "user.behavior", "when it was written"},

    // search_documents (M-6): copies of public listing text for search
    {"search_documents", "id", kNone, "row key (listing id * 4 + kind)"},
    {"search_documents", "kind", kNone, "company, product or offer"},
    {"search_documents", "ref_id", kNone, "reference to companies, products or offers"},
    {"search_documents", "company_id", kNone, "reference to companies"},
    {"search_documents", "country", "user.contact.organization", "copy of the company's country, public"},
    {"search_documents", "title", "user.content.public", "copy of a public name or title"},
    {"search_documents", "body", "user.content.public", "copy of public listing text"},
    {"search_documents", "tags", "user.contact.organization",
     "filter tokens: kind, category and the company's public country"},
    {"search_documents", "offer_kind", "user.content.public", "buy or sell, public"},
    {"search_documents", "expires_at", kNone, "expiry of the offer"},
    {"search_documents", "withdrawn", kNone, "whether the offer was withdrawn"},

    // search_categories (M-5): listings per category
    {"search_categories", "category_id", kNone, "category directory id"},
    {"search_categories", "kind", kNone, "company, product or offer"},
    {"search_categories", "doc_id", kNone, "reference to search_documents"},
    {"search_categories", "expires_at", kNone, "expiry of the offer"},

    // category_counts (M-5)
    {"category_counts", "category_id", kNone, "category directory id"},
    {"category_counts", "kind", kNone, "company or product"},
    {"category_counts", "count", kNone, "number of listings"},

    // schema_migrations
    {"schema_migrations", "version", kNone, "schema bookkeeping"},
    {"schema_migrations", "name", kNone, "schema bookkeeping"},
    {"schema_migrations", "applied_at", kNone, "schema bookkeeping"},

    // erasures (P-15, erasure): erased accounts, their kept data's time
    // and the retention job's progress; no personal data
    {"erasures", "member_id", kNone, "id of an erased account (no members row is left to identify)"},
    {"erasures", "erased_at", kNone, "when the account was erased"},
    {"erasures", "kept_until", kNone, "when the retention job removes the last kept datum"},
    {"erasures", "purged_at", kNone, "when the retention job removed it"},
    // Staff views and disclosures (S-1, P-13; issue 11): refused staff views
    // and the record of each disclosure. Neither holds a value of the
    // member's data: fields and categories are names, the package is
    // produced through the guard when it is downloaded.
    {"staff_refusals", "id", kNone, "row key"},
    {"staff_refusals", "staff_id", kNone, "reference to staff"},
    {"staff_refusals", "member_id", kNone, "reference to members"},
    {"staff_refusals", "fields", kNone, "names of the fields asked for (\"members.email\"), not values"},
    {"staff_refusals", "purpose", kNone, "the purpose key given (may be empty)"},
    {"staff_refusals", "refusal", kNone, "why the guard refused: field, category and clause names"},
    {"staff_refusals", "at", kNone, "time of the refused view"},
    {"disclosures", "id", kNone, "row key"},
    {"disclosures", "member_id", kNone, "reference to members"},
    {"disclosures", "staff_id", kNone, "reference to staff (who recorded it)"},
    {"disclosures", "categories", kNone, "data category keys disclosed, not values"},
    {"disclosures", "recipient", kNone, "the authority or party that received the data"},
    {"disclosures", "basis", kNone, "the basis code (dispute, court-order, ...)"},
    {"disclosures", "notice_withheld", kNone, "whether the member is not told (a flag)"},
    {"disclosures", "withheld_reason", kNone, "why notice is withheld: the demand's terms"},
    {"disclosures", "reference", kNone, "the demand's reference, such as a case number"},
    {"disclosures", "contents", kNone, "JSON list of the fields and row counts disclosed, not values"},
    {"disclosures", "package_sha256", kNone, "digest of the package as disclosed"},
    {"disclosures", "disclosed_at", kNone, "when the disclosure was recorded"},
    {"disclosures", "lifted_at", kNone, "when the withholding of notice was lifted"},
    {"disclosures", "lifted_by", kNone, "reference to staff (who lifted it)"},
    // Children's requests and the suppression list (P-18), feedback (P-20)
    {"members", "promotions_suppressed_at", "user.privacy_preferences",
     "since when the member's address is on the promotion suppression list (P-18)"},
    {"child_requests", "id", kNone, "row key"},
    {"child_requests", "guardian_name", "user.name", "the parent's or guardian's name"},
    {"child_requests", "guardian_email", "user.contact.email", "the parent's or guardian's address"},
    {"child_requests", "child_email", "user.childrens",
     "the child's address (also user.contact.email); cleared once the request is carried out"},
    {"child_requests", "wants_removal", "user.childrens", "whether the child's data is to be removed"},
    {"child_requests", "wants_opt_out", "user.childrens", "whether the child is to get no promotions"},
    {"child_requests", "token_hash", "user.authorization.credentials", "hash of the confirmation link's token"},
    {"child_requests", "status", kNone, "unconfirmed, confirmed or done"},
    {"child_requests", "created_at", kNone, "when the request was made"},
    {"child_requests", "expires_at", kNone, "expiry of the confirmation link"},
    {"child_requests", "confirmed_at", kNone, "when the guardian confirmed"},
    {"child_requests", "done_at", kNone, "when staff carried it out"},
    {"child_requests", "done_by", kNone, "reference to staff"},
    {"promotion_suppressions", "address_hash", kNone,
     "keyed BLAKE2b hash of an address: without the server's key it reveals nothing (P-18)"},
    {"promotion_suppressions", "created_at", kNone, "when the hash was listed"},
    {"feedback", "id", kNone, "row key"},
    {"feedback", "member_id", kNone, "reference to members (sender signed in), no foreign key"},
    {"feedback", "topic", kNone, "privacy policy, services or other"},
    {"feedback", "message", "user.content.private", "what the sender wrote"},
    {"feedback", "reply_email", "user.contact.email", "where the answer goes"},
    {"feedback", "created_at", kNone, "when the message arrived (its retention runs from it)"},
    {"feedback", "last_reply_at", kNone, "when staff last answered (retention runs from it)"},
    {"feedback_replies", "id", kNone, "row key"},
    {"feedback_replies", "feedback_id", kNone, "reference to feedback"},
    {"feedback_replies", "staff_id", kNone, "reference to staff"},
    {"feedback_replies", "body", "user.content.private", "staff's answer to the sender"},
    {"feedback_replies", "created_at", kNone, "when staff answered"},
    // Listing cards (issue 12): upload_thumbnails, smaller copies of uploads
    {"upload_thumbnails", "upload_id", kNone, "reference to uploads"},
    {"upload_thumbnails", "width", kNone, "thumbnail size in pixels"},
    {"upload_thumbnails", "height", kNone, "thumbnail size in pixels"},
    {"upload_thumbnails", "content_type", kNone, "image type of the thumbnail"},
    {"upload_thumbnails", "data", "user.content.public", "a smaller copy of a published logo or product photo"},
    // Site statistics (P-9, P-10; stats/): counts and keyed hashes, no
    // address, account, session or user agent (stats/recorder.h).
    {"stats_counts", "day", kNone, "UTC day counted"},
    {"stats_counts", "dimension", kNone, "what is counted: section, page, status, browser, device, referrer"},
    {"stats_counts", "value", kNone, "a route pattern, status class, browser family, device class or another site's domain"},
    {"stats_counts", "count", kNone, "how many requests or visitors"},
    {"stats_salts", "day", kNone, "UTC day of the salt"},
    {"stats_salts", "salt", kNone, "random key of the day's visitor hashes; destroyed after 48 hours"},
    {"stats_salts", "created_at", kNone, "when the salt was made"},
    {"stats_visitors", "day", kNone, "UTC day of the visit"},
    {"stats_visitors", "visitor", kNone,
     "keyed hash of the day's salt, address and user agent; unlinkable to an account, deleted with the salt"},
    {"stats_exports", "id", kNone, "row key"},
    {"stats_exports", "created_at", kNone, "when the export was made"},
    {"stats_exports", "staff_id", kNone, "reference to staff"},
    {"stats_exports", "recipient", kNone, "the third party (an organisation) the export is for"},
    {"stats_exports", "period", kNone, "day, week or month"},
    {"stats_exports", "first_day", kNone, "first UTC day exported"},
    {"stats_exports", "last_day", kNone, "last UTC day exported"},
    {"stats_exports", "format", kNone, "csv or json"},
    {"stats_exports", "sha256", kNone, "checksum of the file handed out"},
    // Banners (P-11, issue 14; promotions/banners.h): campaigns written by
    // staff, and impressions and clicks per campaign and day. No visitor,
    // member, address or cookie: which banner a page showed is not kept.
    {"banner_campaigns", "id", kNone, "row key"},
    {"banner_campaigns", "text", kNone, "what the banner says (written by staff)"},
    {"banner_campaigns", "link", kNone, "where a click leads"},
    {"banner_campaigns", "industries", kNone, "target industries (category ids)"},
    {"banner_campaigns", "countries", kNone, "target countries (ISO codes)"},
    {"banner_campaigns", "first_day", kNone, "first UTC day shown"},
    {"banner_campaigns", "last_day", kNone, "last UTC day shown"},
    {"banner_campaigns", "impression_cap", kNone, "most impressions allowed; 0 for none"},
    {"banner_campaigns", "kind", kNone, "house or partner"},
    {"banner_campaigns", "image_type", kNone, "image type of the banner's picture"},
    {"banner_campaigns", "image_data", kNone, "the banner's picture (staff's, not a member's)"},
    {"banner_campaigns", "staff_id", kNone, "reference to staff"},
    {"banner_campaigns", "created_at", kNone, "when the campaign was stored"},
    {"banner_counts", "campaign_id", kNone, "reference to banner_campaigns"},
    {"banner_counts", "day", kNone, "UTC day counted"},
    {"banner_counts", "impressions", kNone, "how many times the banner was shown that day"},
    {"banner_counts", "clicks", kNone, "how many times it was clicked that day"},
    // Promotions (P-11): campaigns written by staff, and the members taking
    // part: when they joined, left and reached the goal are theirs.
    {"promotion_campaigns", "id", kNone, "row key"},
    {"promotion_campaigns", "title", kNone, "the promotion's title (written by staff)"},
    {"promotion_campaigns", "rule", kNone, "offers or profile"},
    {"promotion_campaigns", "target", kNone, "how many offers, or profile fields"},
    {"promotion_campaigns", "reward_days", kNone, "days the listing is featured"},
    {"promotion_campaigns", "first_day", kNone, "first UTC day"},
    {"promotion_campaigns", "last_day", kNone, "last UTC day"},
    {"promotion_campaigns", "staff_id", kNone, "reference to staff"},
    {"promotion_campaigns", "created_at", kNone, "when the promotion was stored"},
    {"promotion_participants", "promotion_id", kNone, "reference to promotion_campaigns"},
    {"promotion_participants", "member_id", kNone, "reference to members"},
    {"promotion_participants", "joined_at", "user.behavior", "when the member joined the promotion"},
    {"promotion_participants", "left_at", "user.behavior", "when the member left it (opted out)"},
    {"promotion_participants", "completed_at", "user.behavior", "when the member reached its goal"},
    // A reached goal's reward, published on the category pages while it
    // lasts (the member asked for it by taking part).
    {"featured_listings", "promotion_id", kNone, "reference to promotion_campaigns"},
    {"featured_listings", "member_id", kNone, "reference to members (who earned it)"},
    {"featured_listings", "company_id", kNone, "reference to companies (whose listings are featured)"},
    {"featured_listings", "featured_from", "user.content.public", "when the company's listings began to be featured"},
    {"featured_listings", "featured_until", "user.content.public", "until when they are featured"},

    // Marketing e-mail (P-11, issue 14): the outbox row's one-click link,
    // campaigns written by staff, and the unsubscribe tokens of the mail
    // they sent (a member's choices are consent_ledger rows).
    {"mail_outbox", "list_unsubscribe", "user.authorization.credentials",
     "one-click unsubscribe link of a marketing mail, kept only until it is sent or fails (then blanked)"},
    {"marketing_campaigns", "id", kNone, "row key"},
    {"marketing_campaigns", "topic", kNone, "new services, promotions or newsletter"},
    {"marketing_campaigns", "subject", kNone, "the campaign's subject, the same for every recipient"},
    {"marketing_campaigns", "body", kNone, "the campaign's text, the same for every recipient"},
    {"marketing_campaigns", "created_by", kNone, "reference to staff (who wrote it)"},
    {"marketing_campaigns", "created_at", kNone, "when it was written"},
    {"marketing_campaigns", "sent_at", kNone, "when it was sent"},
    {"marketing_campaigns", "recipients", kNone, "how many members it went to (a count)"},
    {"marketing_unsubscribe_tokens", "id", kNone, "row key"},
    {"marketing_unsubscribe_tokens", "token_hash", "user.authorization.credentials",
     "hash of the one-click unsubscribe token of a mail sent to the person"},
    {"marketing_unsubscribe_tokens", "member_id", kNone, "reference to members"},
    {"marketing_unsubscribe_tokens", "topic", kNone, "the topic the link unsubscribes from"},
    {"marketing_unsubscribe_tokens", "created_at", "user.behavior", "when a marketing mail was queued for the person"},
    {"marketing_unsubscribe_tokens", "used_at", "user.behavior", "when the person used the link"},
};

// table -> the column whose value is the id of the member a row belongs to.
// A table is listed only when that member is the person its personal
// columns are about: company_members.joined_at is the member's, an
// inquiry's subject the buyer's, a message's body its author's.
struct MemberColumn {
  std::string_view table;
  std::string_view column;
};
constexpr MemberColumn kMemberColumns[] = {
    {"members", "id"},
    {"sessions", "member_id"},
    {"password_resets", "member_id"},
    {"consent_ledger", "member_id"},
    {"staff_access_log", "member_id"},
    {"uploads", "member_id"},
    {"company_members", "member_id"},
    {"offers", "member_id"},
    {"inquiries", "buyer_member_id"},
    {"inquiry_messages", "member_id"},
    {"promotion_participants", "member_id"},
    {"marketing_unsubscribe_tokens", "member_id"},  // marketing e-mail (issue 14)
};

std::string qualified(std::string_view table, std::string_view column) {
  return std::string(table) + "." + std::string(column);
}

}  // namespace

std::span<const InventoryEntry> data_inventory() { return kInventory; }

std::optional<InventoryEntry> find_column(std::string_view table, std::string_view column) {
  for (const auto& e : kInventory)
    if (e.table == table && e.column == column) return e;
  return std::nullopt;
}

std::vector<InventoryEntry> personal_columns(std::string_view table) {
  std::vector<InventoryEntry> out;
  for (const auto& e : kInventory)
    if (e.table == table && e.personal()) out.push_back(e);
  return out;
}

std::optional<std::string_view> member_column(std::string_view table) {
  for (const auto& m : kMemberColumns)
    if (m.table == table) return m.column;
  return std::nullopt;
}

Result<std::vector<LiveColumn>> live_columns(db::Connection& conn) {
  // Derived index data is not a column of its own: SQLite's FTS5 tables
  // (type "virtual") and their shadow tables, and PostgreSQL's generated
  // columns (the stored tsvector) hold only what the declared columns they
  // are computed from hold.
  const char* sql =
      conn.backend() == db::Backend::sqlite
          ? "SELECT t.name, p.name FROM pragma_table_list t, pragma_table_info(t.name) p"
            " WHERE t.schema = 'main' AND t.type = 'table'"
            " AND t.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
            " ORDER BY t.name, p.cid"
          : "SELECT table_name, column_name FROM information_schema.columns"
            " WHERE table_schema = 'public' AND is_generated = 'NEVER'"
            " ORDER BY table_name, ordinal_position";
  HANSE_TRY(auto rows, conn.query(sql));
  std::vector<LiveColumn> out;
  out.reserve(rows.size());
  for (const auto& row : rows) out.push_back({row.text(0), row.text(1)});
  return out;
}

Result<InventoryDrift> compare_with_schema(db::Connection& conn) {
  HANSE_TRY(auto live, live_columns(conn));
  std::set<std::string> in_schema;
  InventoryDrift drift;
  for (const auto& c : live) {
    in_schema.insert(qualified(c.table, c.column));
    if (!find_column(c.table, c.column)) drift.undeclared.push_back(qualified(c.table, c.column));
  }
  for (const auto& e : kInventory)
    if (!in_schema.contains(qualified(e.table, e.column)))
      drift.stale.push_back(qualified(e.table, e.column));
  return drift;
}

}  // namespace hanse::privacy
