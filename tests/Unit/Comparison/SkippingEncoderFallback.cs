using System.Text;

namespace DeepCopy.Tests.Comparison;

/// <summary>An encoder fallback of the user's own, which a difference message names by type without running any of it.</summary>
public sealed class SkippingEncoderFallback : EncoderFallback
{
    public override int MaxCharCount => 0;

    public override EncoderFallbackBuffer CreateFallbackBuffer() => new EncoderReplacementFallback(string.Empty).CreateFallbackBuffer();
}
