using System.Globalization;

namespace DeepCopy.Core.Engine
{
    /// <summary>
    /// Shortens a path for an error message. An error deep in a graph has a path of thousands of segments (a MaxDepth
    /// of 1000 alone gives some 5,000 characters), and a console prints the message whole; the start says which branch
    /// and the end says which value, so the middle is left out. <see cref="DeepCopyException.Path"/> keeps it all.
    /// </summary>
    internal static class MessagePath
    {
        private const int Limit = 240;
        private const int HeadLength = 120;
        private const int TailLength = 100;

        public static string Shorten(string path)
        {
            if (path.Length <= Limit)
            {
                return path;
            }

            var headEnd = SegmentStartAtOrBefore(path, HeadLength);
            var tailStart = SegmentStartAtOrAfter(path, path.Length - TailLength);
            if (headEnd <= 0 || tailStart <= headEnd)
            {
                // No segment boundary to cut at (one huge key): cut at the lengths themselves.
                headEnd = HeadLength;
                tailStart = path.Length - TailLength;
            }

            return string.Format(
                CultureInfo.InvariantCulture,
                "{0}...({1:N0} characters of the path left out; the exception's Path property has it whole)...{2}",
                path.Substring(0, headEnd),
                tailStart - headEnd,
                path.Substring(tailStart));
        }

        private static int SegmentStartAtOrBefore(string path, int index)
        {
            for (var i = index; i > 0; i--)
            {
                if (IsSegmentStart(path[i]))
                {
                    return i;
                }
            }

            return 0;
        }

        private static int SegmentStartAtOrAfter(string path, int index)
        {
            for (var i = index; i < path.Length; i++)
            {
                if (IsSegmentStart(path[i]))
                {
                    return i;
                }
            }

            return path.Length;
        }

        // A '[' or '.' inside a quoted key can pass for a boundary too; the cut is then inside that key, which the
        // message still shows readably, and the Path property is unaffected.
        private static bool IsSegmentStart(char c) => c == '[' || c == '.';
    }
}
