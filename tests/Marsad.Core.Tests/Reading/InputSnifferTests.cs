using System.Text;
using Marsad.Core.Reading;

namespace Marsad.Core.Tests.Reading;

public sealed class InputSnifferTests
{
    [Theory]
    // a WARC version line
    [InlineData("WARC/1.1\r\nWARC-Type: warcinfo\r\n", "x.bin", "Warc")]
    // a WET file is a WARC file
    [InlineData("WARC/1.0\r\nWARC-Type: conversion\r\n", "x.wet", "Warc")]
    // RSS with an XML declaration
    [InlineData("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>", "feed.txt", "Feed")]
    // Atom without declaration
    [InlineData("  <feed xmlns=\"http://www.w3.org/2005/Atom\">", "x", "Feed")]
    // XHTML starts like XML
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE html>\n<html>", "page", "Html")]
    // a JSON object on the first line
    [InlineData("\n{\"text\": \"نص\"}\n", "corpus.txt", "JsonLines")]
    // a doctype in a .txt file: content beats the extension
    [InlineData("<!DOCTYPE html><html><body>نص</body></html>", "page.txt", "Html")]
    // an html tag in upper case
    [InlineData("\r\n<HTML><BODY>", "page", "Html")]
    // plain text in a .html file: the extension breaks the tie
    [InlineData("عنوان الخبر\nنص الخبر", "page.html", "Html")]
    // plain text in a compressed .jsonl name: the extension under .gz breaks the tie
    [InlineData("no braces here", "corpus.jsonl.gz", "JsonLines")]
    // plain text with no telling name
    [InlineData("عنوان الخبر\nنص الخبر", "page.txt", "Text")]
    // XML that is no feed, named .html
    [InlineData("<?xml version=\"1.0\"?><root/>", "x.html", "Html")]
    public void Should_sniff_the_format_from_content_and_break_ties_with_the_name(string start, string name, string expected)
    {
        // Given the first bytes of an input
        var head = Encoding.UTF8.GetBytes(start);

        // When sniffed
        var format = InputSniffer.Sniff(head, InputSniffer.WithoutGzip(name));

        // Then the format is the expected one
        format.ToString().Should().Be(expected);
    }

    [Fact]
    public void Should_sniff_through_a_utf16_bom()
    {
        // Given an HTML page in UTF-16 with BOM
        byte[] head = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<html><body>نص</body></html>")];

        // When sniffed and checked for binary content
        var format = InputSniffer.Sniff(head, "page");
        var binary = InputSniffer.LooksBinary(head);

        // Then it is HTML, not binary, though it holds NUL bytes
        format.Should().Be(InputFormat.Html);
        binary.Should().BeFalse();
    }

    [Theory]
    // NUL bytes
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 }, true)]
    // many control characters
    [InlineData(new byte[] { 0x01, 0x02, 0x03, 0x41, 0x42 }, true)]
    // windows-1256 Arabic: high bytes are fine
    [InlineData(new byte[] { 0xE1, 0xC7, 0x20, 0xE3, 0xD1, 0x0A }, false)]
    public void Should_tell_binary_content(byte[] head, bool expected)
    {
        InputSniffer.LooksBinary(head).Should().Be(expected);
    }
}
