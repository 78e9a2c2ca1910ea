using System;
using System.Globalization;
using System.Net;
using System.Numerics;
using System.Text.Json;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>Writes one scalar. Numbers keep their full value; what comes back is decided by <see cref="JsonNumberPolicy"/>.</summary>
    internal static class JsonScalarWriter
    {
        public static void Write(Utf8JsonWriter json, object value, JsonScalarKind kind)
        {
            switch (kind)
            {
                case JsonScalarKind.String:
                    json.WriteStringValue(JsonText.Clean((string)value));
                    break;
                case JsonScalarKind.Char:
                    json.WriteStringValue(JsonText.Clean(((char)value).ToString()));
                    break;
                case JsonScalarKind.Boolean:
                    json.WriteBooleanValue((bool)value);
                    break;
                case JsonScalarKind.SignedInteger:
                case JsonScalarKind.SignedEnum:
                    json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                    break;
                case JsonScalarKind.UnsignedInteger:
                case JsonScalarKind.UnsignedEnum:
                    json.WriteNumberValue(Convert.ToUInt64(value, CultureInfo.InvariantCulture));
                    break;
                case JsonScalarKind.IntPtr:
                    json.WriteNumberValue(((IntPtr)value).ToInt64());
                    break;
                case JsonScalarKind.UIntPtr:
                    json.WriteNumberValue(((UIntPtr)value).ToUInt64());
                    break;
                case JsonScalarKind.Single:
                    WriteSingle(json, (float)value);
                    break;
                case JsonScalarKind.Double:
                    WriteDouble(json, (double)value);
                    break;
                case JsonScalarKind.Decimal:
                    json.WriteNumberValue((decimal)value);
                    break;
                default:
                    WriteTextual(json, value, kind);
                    break;
            }
        }

        private static void WriteTextual(Utf8JsonWriter json, object value, JsonScalarKind kind)
        {
            switch (kind)
            {
                case JsonScalarKind.DateTime:
                    json.WriteStringValue((DateTime)value);
                    break;
                case JsonScalarKind.DateTimeOffset:
                    json.WriteStringValue((DateTimeOffset)value);
                    break;
                case JsonScalarKind.Guid:
                    json.WriteStringValue((Guid)value);
                    break;
                case JsonScalarKind.Uri:
                    json.WriteStringValue(JsonText.Clean(((Uri)value).OriginalString));
                    break;
                case JsonScalarKind.Version:
                    json.WriteStringValue(((Version)value).ToString());
                    break;
                case JsonScalarKind.IPAddress:
                    json.WriteStringValue(((IPAddress)value).ToString());
                    break;
                case JsonScalarKind.TimeSpan:
                    json.WriteStringValue(((TimeSpan)value).ToString("c", CultureInfo.InvariantCulture));
                    break;
                case JsonScalarKind.BigInteger:
                    // Utf8JsonWriter has no BigInteger overload; its invariant digits are a valid JSON number.
                    json.WriteRawValue(((BigInteger)value).ToString(CultureInfo.InvariantCulture), skipInputValidation: true);
                    break;
                case JsonScalarKind.DBNull:
                    json.WriteNullValue();
                    break;
                case JsonScalarKind.Half:
                    // Through double, so NaN and the infinities become the same strings as a float's.
                    WriteDouble(json, double.Parse(JsonNewerScalars.Text(value, kind), NumberStyles.Float, CultureInfo.InvariantCulture));
                    break;
                case JsonScalarKind.Int128:
                    // Like BigInteger: the invariant digits are a valid JSON number.
                    json.WriteRawValue(JsonNewerScalars.Text(value, kind), skipInputValidation: true);
                    break;
                case JsonScalarKind.DateOnly:
                case JsonScalarKind.TimeOnly:
                    json.WriteStringValue(JsonNewerScalars.Text(value, kind));
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a scalar kind.");
            }
        }

        // JSON has no NaN or Infinity; ConvertTo-Json writes them as strings, and so does this.
        private static void WriteSingle(Utf8JsonWriter json, float value)
        {
            if (float.IsNaN(value) || float.IsInfinity(value))
            {
                json.WriteStringValue(NonFinite(value));
            }
            else
            {
                json.WriteNumberValue(value);
            }
        }

        private static void WriteDouble(Utf8JsonWriter json, double value)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                json.WriteStringValue(NonFinite(value));
            }
            else
            {
                JsonDoubleText.Write(json, value);
            }
        }

        /// <summary>The text of a NaN or infinity, which JSON has no number for; the reader gives the same for an infinite number.</summary>
        public static string NonFinite(double value) =>
            double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
    }
}
