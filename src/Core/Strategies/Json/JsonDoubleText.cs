using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;

namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>
    /// The text a double is written in: its shortest round-trip form, the fewest significant digits that read back as
    /// the same double. The reader takes a number for a double only when its text is that form (<see cref="JsonNumberPolicy"/>),
    /// so a decimal comes back as a double only when the two are written alike, and so have the same value as text.
    /// </summary>
    internal static class JsonDoubleText
    {
        /// <summary>
        /// True on .NET Core 3.0 and later, where "R" gives the shortest round-trip form and Utf8JsonWriter writes that
        /// same text. Neither holds on .NET Framework (Windows PowerShell 5.1): "R" gives 15 digits when they read back,
        /// else 17 (never 16), and at times 15 that read back as another double; and System.Text.Json writes every
        /// double in 17 digits ("G17"), a text a 17-digit decimal can share (the double 0.1 and 0.10000000000000001m
        /// are both written 0.10000000000000001), so the reader could not tell them apart. There the strategy writes
        /// <see cref="ShortestByRoundTrip"/> itself. Tested by what the runtime does rather than by its name.
        /// </summary>
        public static readonly bool RuntimeWritesShortest = IsShortest(double.Epsilon.ToString("R", CultureInfo.InvariantCulture)) && WriterIsShortest();

        public static string Of(double value) =>
            RuntimeWritesShortest ? value.ToString("R", CultureInfo.InvariantCulture) : ShortestByRoundTrip(value);

        public static void Write(Utf8JsonWriter json, double value)
        {
            if (RuntimeWritesShortest)
            {
                json.WriteNumberValue(value);
            }
            else
            {
                json.WriteRawValue(ShortestByRoundTrip(value), skipInputValidation: true);
            }
        }

        private static readonly string[] ShorterFormats = { "G15", "G16" };

        /// <summary>
        /// The first of 15, 16 and 17 significant digits that reads back as <paramref name="value"/>. 15 digits always
        /// name a double's shortest form when it has at most 15 (a double holds any 15-digit decimal), and the
        /// correctly rounded 16 digits read back whenever any 16 do; 17 always read back. Each is checked by reading it
        /// back, so a runtime that rounds one badly costs a digit, never the value.
        /// </summary>
        internal static string ShortestByRoundTrip(double value)
        {
            foreach (var format in ShorterFormats)
            {
                var text = value.ToString(format, CultureInfo.InvariantCulture);
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var back) && back.Equals(value))
                {
                    return text;
                }
            }

            return value.ToString("G17", CultureInfo.InvariantCulture);
        }

        private static bool IsShortest(string epsilon) => epsilon == "5E-324";

        private static bool WriterIsShortest()
        {
            using (var stream = new MemoryStream())
            {
                using (var json = new Utf8JsonWriter(stream))
                {
                    json.WriteNumberValue(double.Epsilon);
                }

                return IsShortest(Encoding.UTF8.GetString(stream.ToArray()));
            }
        }
    }
}
