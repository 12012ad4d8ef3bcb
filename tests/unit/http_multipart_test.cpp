#include <gtest/gtest.h>

#include "http/form.h"

namespace hanse::http {
namespace {

const std::string kType = "multipart/form-data; boundary=XyZ";

std::string body_of(std::initializer_list<std::string> parts) {
  std::string body;
  for (const std::string& part : parts) body += "--XyZ\r\n" + part + "\r\n";
  body += "--XyZ--\r\n";
  return body;
}

TEST(Multipart, ParsesFieldsAndFiles) {
  const std::string body = body_of({
      "Content-Disposition: form-data; name=\"title\"\r\n\r\nHello\r\nWorld",
      "Content-Disposition: form-data; name=\"logo\"; filename=\"a b.png\"\r\n"
      "Content-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n\0bytes",
  });
  const Form form = parse_multipart(body, kType);
  ASSERT_FALSE(form.error) << *form.error;
  EXPECT_EQ(form.get("title"), "Hello\r\nWorld");
  ASSERT_EQ(form.files.size(), 1u);
  EXPECT_EQ(form.files[0].field, "logo");
  EXPECT_EQ(form.files[0].filename, "a b.png");
  EXPECT_EQ(form.files[0].content_type, "image/png");
  EXPECT_EQ(form.files[0].content, "\x89PNG\r\n\x1a\n");
}

TEST(Multipart, KeepsBinaryContentWithNulBytes) {
  std::string content("a\0b\r\nc", 6);
  const std::string body = "--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x\"\r\n\r\n" +
                            content + "\r\n--XyZ--";
  const Form form = parse_multipart(body, kType);
  ASSERT_FALSE(form.error);
  ASSERT_EQ(form.files.size(), 1u);
  EXPECT_EQ(form.files[0].content, content);
}

TEST(Multipart, QuotedBoundaryAndPreamble) {
  const std::string body =
      "preamble text\r\n--a;b\r\nContent-Disposition: form-data; name=x\r\n\r\n1\r\n--a;b--\r\nepilogue";
  const Form form = parse_multipart(body, "multipart/form-data; boundary=\"a;b\"");
  ASSERT_FALSE(form.error) << *form.error;
  EXPECT_EQ(form.get("x"), "1");
}

TEST(Multipart, HeaderNamesAreCaseInsensitive) {
  const Form form = parse_multipart(
      body_of({"content-disposition: FORM-DATA; NAME=\"a\"\r\n\r\nv"}), kType);
  ASSERT_FALSE(form.error);
  EXPECT_EQ(form.get("a"), "v");
}

TEST(Multipart, EmptyFileInputIsSkipped) {
  const Form form = parse_multipart(
      body_of({"Content-Disposition: form-data; name=\"logo\"; filename=\"\"\r\n"
               "Content-Type: application/octet-stream\r\n\r\n",
               "Content-Disposition: form-data; name=\"a\"\r\n\r\n1"}),
      kType);
  ASSERT_FALSE(form.error);
  EXPECT_TRUE(form.files.empty());
  EXPECT_EQ(form.get("a"), "1");
}

TEST(Multipart, MissingBoundaryIsAnError) {
  EXPECT_TRUE(parse_multipart("--XyZ--", "multipart/form-data").error);
  EXPECT_TRUE(parse_multipart("--XyZ--", "multipart/form-data; boundary=").error);
  EXPECT_TRUE(parse_multipart("--XyZ--", "multipart/form-data; boundary=" + std::string(71, 'b')).error);
}

TEST(Multipart, MalformedBodiesAreErrors) {
  // No delimiter at all.
  EXPECT_TRUE(parse_multipart("hello", kType).error);
  // Unterminated last part.
  EXPECT_TRUE(parse_multipart("--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\nv", kType).error);
  // Headers never end.
  EXPECT_TRUE(parse_multipart("--XyZ\r\nContent-Disposition: form-data; name=a", kType).error);
  // Part without a name.
  EXPECT_TRUE(parse_multipart(body_of({"Content-Disposition: form-data\r\n\r\nv"}), kType).error);
  // Not form-data.
  EXPECT_TRUE(parse_multipart(body_of({"Content-Disposition: attachment; name=a\r\n\r\nv"}), kType).error);
  // Header line without a colon.
  EXPECT_TRUE(parse_multipart(body_of({"garbage\r\n\r\nv"}), kType).error);
  // Junk after the delimiter.
  EXPECT_TRUE(parse_multipart("--XyZjunk\r\n\r\n--XyZ--", kType).error);
}

TEST(Multipart, TooManyPartsIsAnError) {
  std::string body;
  for (int i = 0; i < 5; ++i) body += "--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\nv\r\n";
  body += "--XyZ--";
  EXPECT_FALSE(parse_multipart(body, kType, 5).error);
  EXPECT_TRUE(parse_multipart(body, kType, 4).error);
}

TEST(Multipart, ContentMayContainBoundaryWithoutCrlf) {
  const Form form = parse_multipart(
      body_of({"Content-Disposition: form-data; name=a\r\n\r\nx--XyZ y"}), kType);
  ASSERT_FALSE(form.error);
  EXPECT_EQ(form.get("a"), "x--XyZ y");
}

}  // namespace
}  // namespace hanse::http
