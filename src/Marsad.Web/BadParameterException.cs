namespace Marsad.Web;

/// <summary>A request parameter that cannot be used: the client gets 400 with <see cref="Exception.Message"/>.</summary>
internal sealed class BadParameterException(string message) : Exception(message);
