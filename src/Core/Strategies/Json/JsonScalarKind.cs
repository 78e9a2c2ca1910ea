namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>How a scalar is written. Chosen once per type.</summary>
    internal enum JsonScalarKind
    {
        None,
        String,
        Char,
        Boolean,
        SignedInteger,
        UnsignedInteger,
        IntPtr,
        UIntPtr,
        Single,
        Double,
        Decimal,
        SignedEnum,
        UnsignedEnum,
        DateTime,
        DateTimeOffset,
        Guid,
        Uri,
        Version,
        IPAddress,
        TimeSpan,
        BigInteger,
        DBNull,

        // Newer runtimes' scalars, found by name (JsonNewerScalars).
        Half,
        Int128,
        DateOnly,
        TimeOnly,
    }
}
