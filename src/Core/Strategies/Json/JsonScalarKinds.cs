using System;
using System.Collections.Generic;
using System.Net;
using System.Numerics;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// The exact types JSON has a scalar for. Exact, because all of them are sealed or structs, or (Uri) are subclassed
    /// so rarely that a subclass is better written from its members than by a text it may have overridden. IPAddress
    /// is the exception: every subclass is written as its text too.
    /// </summary>
    internal static class JsonScalarKinds
    {
        private static readonly Dictionary<Type, JsonScalarKind> Exact = new Dictionary<Type, JsonScalarKind>
        {
            [typeof(string)] = JsonScalarKind.String,
            [typeof(char)] = JsonScalarKind.Char,
            [typeof(bool)] = JsonScalarKind.Boolean,
            [typeof(sbyte)] = JsonScalarKind.SignedInteger,
            [typeof(short)] = JsonScalarKind.SignedInteger,
            [typeof(int)] = JsonScalarKind.SignedInteger,
            [typeof(long)] = JsonScalarKind.SignedInteger,
            [typeof(byte)] = JsonScalarKind.UnsignedInteger,
            [typeof(ushort)] = JsonScalarKind.UnsignedInteger,
            [typeof(uint)] = JsonScalarKind.UnsignedInteger,
            [typeof(ulong)] = JsonScalarKind.UnsignedInteger,
            [typeof(IntPtr)] = JsonScalarKind.IntPtr,
            [typeof(UIntPtr)] = JsonScalarKind.UIntPtr,
            [typeof(float)] = JsonScalarKind.Single,
            [typeof(double)] = JsonScalarKind.Double,
            [typeof(decimal)] = JsonScalarKind.Decimal,
            [typeof(DateTime)] = JsonScalarKind.DateTime,
            [typeof(DateTimeOffset)] = JsonScalarKind.DateTimeOffset,
            [typeof(Guid)] = JsonScalarKind.Guid,
            [typeof(Uri)] = JsonScalarKind.Uri,
            [typeof(Version)] = JsonScalarKind.Version,

            // Read from its properties, every address fails: ScopeId throws on IPv4 and Address on IPv6. Its text is
            // what a user reads and writes, and what [ipaddress] parses back.
            [typeof(IPAddress)] = JsonScalarKind.IPAddress,
            [typeof(TimeSpan)] = JsonScalarKind.TimeSpan,
            [typeof(BigInteger)] = JsonScalarKind.BigInteger,
            [typeof(DBNull)] = JsonScalarKind.DBNull,
        };

        public static JsonScalarKind For(Type type)
        {
            if (type.IsEnum)
            {
                var code = Type.GetTypeCode(Enum.GetUnderlyingType(type));
                var unsigned = code == TypeCode.Byte || code == TypeCode.UInt16 || code == TypeCode.UInt32 || code == TypeCode.UInt64;
                return unsigned ? JsonScalarKind.UnsignedEnum : JsonScalarKind.SignedEnum;
            }

            if (Exact.TryGetValue(type, out var kind))
            {
                return kind;
            }

            // IPAddress.Any, Loopback, IPv6Any and the other static addresses are of a hidden subclass on .NET; read from
            // its properties a subclass fails as the base class does, so any address is written as its text.
            return typeof(IPAddress).IsAssignableFrom(type) ? JsonScalarKind.IPAddress : JsonNewerScalars.For(type);
        }
    }
}
