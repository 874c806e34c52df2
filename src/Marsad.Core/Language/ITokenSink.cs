namespace Marsad.Core.Language;

/// <summary>Receives the tokens of <see cref="ArabicAnalyzer.Stream{TSink}"/> one by one; a struct sink costs no allocation.</summary>
public interface ITokenSink
{
    /// <summary>Called once per token, in text order.</summary>
    void Accept(in TokenView token);
}
