using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Globalization;
using System.Text;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Measurement
{
    /// <summary>
    /// Checks that a copy is an exact deep copy of its source: same types, same values, same shape, shared references
    /// shared the same way, and no mutable object shared with the source. Walks both graphs with an explicit stack,
    /// so a million-deep chain is fine. It follows the engine's own type plans, so it agrees with the engine about what
    /// is immutable (compared with Equals) and what is refused. Verification only: it is not on any copy path.
    /// </summary>
    /// <remarks>
    /// Good enough, not a general comparer: unordered dictionaries are matched by key only when the key is immutable
    /// (mutable keys are paired in enumeration order), and values rebuilt by a handler that are neither dictionaries
    /// nor counted collections are compared by type only, unless a <see cref="StructuralView"/> describes them.
    /// </remarks>
    internal sealed class StructuralEquality
    {
        private const int PathSegmentsShown = 12;
        private readonly StructuralView? _view;
        private readonly Dictionary<object, object> _sourceToCopy = new Dictionary<object, object>(ReferenceComparer.Instance);
        private readonly Dictionary<object, object> _copyToSource = new Dictionary<object, object>(ReferenceComparer.Instance);
        private readonly List<ComparisonFrame> _frames = new List<ComparisonFrame>();
        private readonly Stack<int> _pending = new Stack<int>();

        public StructuralEquality(StructuralView? view) => _view = view;

        /// <summary>Returns null when <paramref name="copy"/> matches <paramref name="source"/>, otherwise what differs and where.</summary>
        public string? Compare(object? source, object? copy)
        {
            var problem = Visit(source, copy, -1, null, null, -1);
            while (problem == null && _pending.Count > 0)
            {
                problem = Expand(_pending.Pop());
            }

            return problem;
        }

        // Compares what can be compared at once, and queues a frame for whatever has insides.
        private string? Visit(object? a, object? b, int parent, string? member, object? key, int index)
        {
            if (a is null || b is null)
            {
                return a is null && b is null ? null : Fail(parent, member, key, index, a is null
                    ? "the copy holds a [" + b!.GetType().FullName + "] where the source holds null"
                    : "the copy holds null where the source holds a [" + a.GetType().FullName + "]");
            }

            var type = a.GetType();
            if (type != b.GetType())
            {
                return Fail(parent, member, key, index, "the copy is a [" + b.GetType().FullName + "] where the source is a [" + type.FullName + "]");
            }

            var plan = TypePlanCache.Get(type);
            switch (plan.Kind)
            {
                case TypePlanKind.Immutable:
                    return a.Equals(b) ? null : Fail(parent, member, key, index, "the copy holds " + Describe(b) + " where the source holds " + Describe(a));
                case TypePlanKind.NonCopyable:
                    // With NonCopyableAction.Reference the copy keeps the very same instance; anything else is wrong here.
                    return ReferenceEquals(a, b) ? null : Fail(parent, member, key, index, "the copy holds a different [" + type.FullName + "], which cannot be copied");
            }

            if (!type.IsValueType)
            {
                if (ReferenceEquals(a, b))
                {
                    return Fail(parent, member, key, index, "the copy shares the source's [" + type.FullName + "] instead of copying it");
                }

                if (_sourceToCopy.TryGetValue(a, out var earlierCopy))
                {
                    return ReferenceEquals(earlierCopy, b) ? null
                        : Fail(parent, member, key, index, "an object the source reaches twice became two objects in the copy");
                }

                if (_copyToSource.ContainsKey(b))
                {
                    return Fail(parent, member, key, index, "the copy uses one object for two different objects of the source");
                }

                _sourceToCopy.Add(a, b);
                _copyToSource.Add(b, a);
            }

            _frames.Add(new ComparisonFrame(a, b, parent, member, key, index));
            _pending.Push(_frames.Count - 1);
            return null;
        }

        private string? Expand(int frameIndex)
        {
            var frame = _frames[frameIndex];
            object a = frame.Source, b = frame.Copy;
            if (_view != null)
            {
                var viewOfSource = _view(a);
                if (viewOfSource != null)
                {
                    // The stand-ins are fresh objects, so they never collide with graph objects in the identity maps.
                    return Visit(viewOfSource, _view(b), frameIndex, null, null, -1);
                }
            }

            var type = a.GetType();
            if (type.IsArray)
            {
                return CompareArrays((Array)a, (Array)b, frameIndex);
            }

            if (TypePlanCache.Get(type).Kind != TypePlanKind.Handler)
            {
                return CompareFields(a, b, ComparableShape.For(type), frameIndex);
            }

            if (a is IDictionary dictionary)
            {
                return CompareDictionaries(dictionary, (IDictionary)b, frameIndex);
            }

            // A handler rebuilt it; without a view, an opaque value (not a collection) is compared by type only.
            return ComparableShape.For(type).IsSequence ? CompareSequences((IEnumerable)a, (IEnumerable)b, frameIndex) : null;
        }

        private string? CompareFields(object a, object b, ComparableShape shape, int frameIndex)
        {
            var fields = shape.Fields;
            for (var i = 0; i < fields.Length; i++)
            {
                var problem = Visit(fields[i].GetValue(a), fields[i].GetValue(b), frameIndex, shape.FieldNames[i], null, -1);
                if (problem != null)
                {
                    return problem;
                }
            }

            return null;
        }

        private string? CompareArrays(Array a, Array b, int frameIndex)
        {
            for (var dimension = 0; dimension < a.Rank; dimension++)
            {
                if (a.GetLength(dimension) != b.GetLength(dimension) || a.GetLowerBound(dimension) != b.GetLowerBound(dimension))
                {
                    return Fail(frameIndex, null, null, -1, "the copy's array has other bounds than the source's");
                }
            }

            return CompareSequences(a, b, frameIndex);
        }

        private string? CompareSequences(IEnumerable a, IEnumerable b, int frameIndex)
        {
            var left = a.GetEnumerator();
            var right = b.GetEnumerator();
            var position = 0;
            while (left.MoveNext())
            {
                if (!right.MoveNext())
                {
                    return Fail(frameIndex, null, null, -1, "the copy has fewer elements than the source (" + position.ToString(CultureInfo.InvariantCulture) + ")");
                }

                var problem = Visit(left.Current, right.Current, frameIndex, null, null, position++);
                if (problem != null)
                {
                    return problem;
                }
            }

            return right.MoveNext() ? Fail(frameIndex, null, null, -1, "the copy has more elements than the source") : null;
        }

        private string? CompareDictionaries(IDictionary a, IDictionary b, int frameIndex)
        {
            if (a.Count != b.Count)
            {
                return Fail(frameIndex, null, null, -1, "the copy has " + b.Count.ToString(CultureInfo.InvariantCulture) + " entries where the source has " + a.Count.ToString(CultureInfo.InvariantCulture));
            }

            // An ordered dictionary must keep its order; other dictionaries are matched by key where the key allows it.
            var ordered = a is IOrderedDictionary;
            var left = a.GetEnumerator();
            var right = b.GetEnumerator();
            while (left.MoveNext() && right.MoveNext())
            {
                var key = left.Key;
                string? problem;
                if (!ordered && TypePlanCache.Get(key.GetType()).Kind == TypePlanKind.Immutable)
                {
                    problem = b.Contains(key)
                        ? Visit(left.Value, b[key], frameIndex, null, key, -1)
                        : Fail(frameIndex, null, key, -1, "the copy has no such key");
                }
                else
                {
                    problem = Visit(key, right.Key, frameIndex, null, null, -1) ?? Visit(left.Value, right.Value, frameIndex, null, key, -1);
                }

                if (problem != null)
                {
                    return problem;
                }
            }

            return null;
        }

        private string Fail(int parent, string? member, object? key, int index, string what) =>
            what + " at " + FormatPath(parent, member, key, index);

        private string FormatPath(int parent, string? member, object? key, int index)
        {
            var segments = new List<string>();
            AddSegment(segments, member, key, index);
            var shown = 1;
            for (var current = parent; current >= 0; current = _frames[current].Parent)
            {
                if (++shown > PathSegmentsShown)
                {
                    segments.Add("...");
                    break;
                }

                var frame = _frames[current];
                AddSegment(segments, frame.Member, frame.Key, frame.Index);
            }

            var path = new StringBuilder("$");
            for (var i = segments.Count - 1; i >= 0; i--)
            {
                path.Append(segments[i]);
            }

            return path.ToString();
        }

        private static void AddSegment(List<string> segments, string? member, object? key, int index)
        {
            if (member != null)
            {
                segments.Add("." + member);
            }
            else if (key != null)
            {
                segments.Add("[" + Describe(key) + "]");
            }
            else if (index >= 0)
            {
                segments.Add("[" + index.ToString(CultureInfo.InvariantCulture) + "]");
            }
        }

        private static string Describe(object value) => value is string text
            ? "'" + (text.Length > 40 ? text.Substring(0, 40) + "..." : text) + "'"
            : Convert.ToString(value, CultureInfo.InvariantCulture) ?? value.GetType().Name;
    }
}
