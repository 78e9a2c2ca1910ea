using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DeepCopy.Core.Engine
{
    /// <summary>Turns a chain of <see cref="PathEntry"/> steps into text such as <c>$.items[3].meta['log']</c>.</summary>
    internal static class PathFormatter
    {
        public static string Format(PathTable table, int entryIndex, PathSegmentKind lastKind, object? lastSegment, int lastIndex)
        {
            var chain = new List<int>();
            for (var index = entryIndex; index >= 0; index = table[index].Parent)
            {
                chain.Add(index);
            }

            var text = new StringBuilder("$");
            for (var i = chain.Count - 1; i >= 0; i--)
            {
                ref var entry = ref table[chain[i]];
                Append(text, entry.Kind, entry.Segment, entry.Index);
            }

            Append(text, lastKind, lastSegment, lastIndex);
            return text.ToString();
        }

        /// <summary>
        /// A member name as PowerShell reads it: bare when it is a plain name, quoted otherwise, so a note property named
        /// 'app.settings' or 'my prop' reads back as one member ($.'app.settings'), not as two or as a broken path.
        /// </summary>
        public static string MemberText(string name) => IsPlainName(name) ? name : "'" + name.Replace("'", "''") + "'";

        private static bool IsPlainName(string name)
        {
            if (name.Length == 0 || char.IsDigit(name[0]))
            {
                return false;
            }

            foreach (var c in name)
            {
                if (!char.IsLetterOrDigit(c) && c != '_')
                {
                    return false;
                }
            }

            return true;
        }

        private static void Append(StringBuilder text, PathSegmentKind kind, object? segment, int index)
        {
            switch (kind)
            {
                case PathSegmentKind.Member:
                    text.Append('.').Append(MemberText((string?)segment ?? string.Empty));
                    break;
                case PathSegmentKind.MemberPath:
                    text.Append('.').Append((string?)segment);
                    break;
                case PathSegmentKind.Index:
                    text.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
                    break;
                case PathSegmentKind.MultiIndex:
                    AppendMultiIndex(text, (Array)segment!, index);
                    break;
                case PathSegmentKind.Key:
                    text.Append('[').Append(DescribeKey(segment)).Append(']');
                    break;
                case PathSegmentKind.Described:
                    ((IPathSegmentWriter)segment!).Append(text, index);
                    break;
                case PathSegmentKind.KeyItself:
                    text.Append(".Keys[").Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
                    break;
            }
        }

        private static void AppendMultiIndex(StringBuilder text, Array array, int flatIndex)
        {
            text.Append('[');
            var indices = ArrayIndexer.FromFlat(array, flatIndex);
            for (var dimension = 0; dimension < indices.Length; dimension++)
            {
                if (dimension > 0)
                {
                    text.Append(',');
                }

                text.Append(indices[dimension].ToString(CultureInfo.InvariantCulture));
            }

            text.Append(']');
        }

        /// <summary>
        /// Shows a key without running the user's ToString: framework values are written out (numbers typed, so 1 and 1L
        /// differ; flags and undefined enum values, dates with their kind or offset, types as [Name]), others by type. A
        /// priority queue's element, a key of the comparer's view of the queue only, is written as the element.
        /// </summary>
        private static string DescribeKey(object? key) =>
            key is null ? "$null"
            : key is Comparison.PriorityQueueElement element ? DescribeKey(element.Element)
            : ValueText.Key(key) ?? "<key of type " + TypeNames.Readable(key.GetType()) + ">";
    }
}
