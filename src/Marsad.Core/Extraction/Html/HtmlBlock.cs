using AngleSharp.Dom;

namespace Marsad.Core.Extraction.Html;

/// <summary>A run of text the page shows as one block (a paragraph, heading, list item), with how much of it is link text.</summary>
/// <param name="Text">The block's text, whitespace collapsed.</param>
/// <param name="LinkChars">How many of its characters sit inside links.</param>
/// <param name="Owner">The element that holds the block.</param>
/// <param name="IsHeading">True for h1-h6.</param>
internal sealed record HtmlBlock(string Text, int LinkChars, IElement Owner, bool IsHeading)
{
    /// <summary>The share of the text that is link text.</summary>
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;
}
