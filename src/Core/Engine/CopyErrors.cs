using System;
using System.Globalization;
using System.Threading;

namespace DeepCopy.Core.Engine
{
    /// <summary>Builds every <see cref="DeepCopyException"/> the engine throws, so messages and kinds stay consistent.</summary>
    internal static class CopyErrors
    {
        public static DeepCopyException NonCopyable(string path, object value, string reason)
        {
            var type = value.GetType();
            var message = string.Format(
                CultureInfo.InvariantCulture,
                "Cannot copy {0}: a value of type [{1}] cannot be copied because {2}. Share it (NonCopyableAction Reference) or drop it (NonCopyableAction Null) instead.",
                MessagePath.Shorten(path),
                TypeNames.Readable(type),
                reason);
            return new DeepCopyException(DeepCopyErrorKind.NonCopyableType, message, path, type, value);
        }

        public static DeepCopyException RefusedByPolicy(string path, object value, string reason)
        {
            var type = value.GetType();
            var message = string.Format(
                CultureInfo.InvariantCulture,
                "Cannot copy {0}: a value of type [{1}] may not be copied because {2}. Remove that policy, or change it to Share or Null.",
                MessagePath.Shorten(path),
                TypeNames.Readable(type),
                reason);
            return new DeepCopyException(DeepCopyErrorKind.NonCopyableType, message, path, type, value);
        }

        /// <summary>
        /// A key or set element whose copy is null, which no dictionary or set can hold. When a type policy made the null
        /// (Null, or a copier that returned null), the advice names the policy: -NonCopyableAction cannot change it.
        /// </summary>
        public static DeepCopyException NonCopyableKey(string path, object key, string? reason, bool byPolicy)
        {
            var type = key.GetType();
            var message = string.Format(
                CultureInfo.InvariantCulture,
                "Cannot copy {0}: a value of type [{1}] cannot be copied because {2}, and as a dictionary key or set element it cannot be replaced by null. {3}",
                MessagePath.Shorten(path),
                TypeNames.Readable(type),
                reason ?? "it cannot be copied",
                byPolicy ? "Change that type policy to Share or Copy instead." : "Share it (NonCopyableAction Reference) instead.");
            return new DeepCopyException(DeepCopyErrorKind.NonCopyableType, message, path, type, key);
        }

        public static DeepCopyException MaxDepth(string path, object value, int maxDepth)
        {
            var message = string.Format(
                CultureInfo.InvariantCulture,
                "Cannot copy {0}: the graph is nested deeper than the maximum depth of {1} (a [{2}] at this place). Raise MaxDepth, or check the graph for runaway nesting.",
                MessagePath.Shorten(path),
                maxDepth,
                TypeNames.Readable(value.GetType()));
            return new DeepCopyException(DeepCopyErrorKind.MaxDepthExceeded, message, path, value.GetType(), value);
        }

        public static DeepCopyException KeyNestingTooDeep(string path, object key, int limit)
        {
            var message = string.Format(
                CultureInfo.InvariantCulture,
                "Cannot copy {0}: dictionary keys or set elements contain keyed collections nested more than {1} levels deep (a [{2}] at this place). Such keys must be copied whole before they are inserted, and this nesting is too deep to do so safely.",
                MessagePath.Shorten(path),
                limit,
                TypeNames.Readable(key.GetType()));
            return new DeepCopyException(DeepCopyErrorKind.MaxDepthExceeded, message, path, key.GetType(), key) { IsFixedLimit = true };
        }

        public static DeepCopyException ShellNestingTooDeep(string path, object value, int limit)
        {
            var message = string.Format(
                CultureInfo.InvariantCulture,
                "Cannot copy {0}: values whose copies must be made whole at once (wrappers, or collections that cannot change once built) are nested more than {1} levels deep through handlers that copy them one inside another (a [{2}] at this place). This nesting is too deep to copy safely.",
                MessagePath.Shorten(path),
                limit,
                TypeNames.Readable(value.GetType()));
            return new DeepCopyException(DeepCopyErrorKind.MaxDepthExceeded, message, path, value.GetType(), value) { IsFixedLimit = true };
        }

        public static DeepCopyException SourceChanged(string path, object collection, Exception? inner)
        {
            var message = string.Format(
                CultureInfo.InvariantCulture,
                "Cannot copy {0}: the [{1}] changed while it was being copied, so no consistent copy exists. Copy it when no other thread is writing to it.",
                MessagePath.Shorten(path),
                TypeNames.Readable(collection.GetType()));
            return new DeepCopyException(DeepCopyErrorKind.SourceChangedDuringCopy, message, path, collection.GetType(), collection, inner);
        }

        /// <summary>
        /// The copy of a key or set element equals the copy of another key of the same collection, though the two keys
        /// differ in the source: inserting it would merge two entries into one.
        /// </summary>
        public static DeepCopyException KeyCollision(string path, object key, object collection)
        {
            var message = string.Format(
                CultureInfo.InvariantCulture,
                "Cannot copy {0}: in the copy of the [{1}], the copy of this key of type [{2}] is equal to the copy of another of its keys, although the two keys differ in the source, so the copy would hold fewer entries than the source. Most likely the copy dropped a field that the keys' Equals, GetHashCode or CompareTo (or the collection's comparer) uses: a field marked [DeepCopyIgnore], a value replaced by null under NonCopyableAction Null, or a value of a type whose type policy is Null. Copy or share such fields of keys instead (or the keys had changed since they were added to the source).",
                MessagePath.Shorten(path),
                TypeNames.Readable(collection.GetType()),
                TypeNames.Readable(key.GetType()));
            return new DeepCopyException(DeepCopyErrorKind.KeyCollision, message, path, key.GetType(), key);
        }

        public static DeepCopyException FromHandler(string path, object value, Exception inner)
        {
            var message = string.Format(
                CultureInfo.InvariantCulture,
                "Cannot copy {0}: copying the [{1}] failed: {2}",
                MessagePath.Shorten(path),
                TypeNames.Readable(value.GetType()),
                inner.Message);
            return new DeepCopyException(DeepCopyErrorKind.HandlerFailed, message, path, value.GetType(), value, inner);
        }

        /// <summary>A registered handler's CreateShell returned an object that cannot stand where the source was stored.</summary>
        public static DeepCopyException WrongShell(string path, object value, object shell, DeepCopyHandler handler)
        {
            var message = string.Format(
                CultureInfo.InvariantCulture,
                "Cannot copy {0}: the handler [{1}] made a [{2}] as the copy of the [{3}]; a copy must be null or of the source's own type (or one derived from it), so it fits wherever the source was stored.",
                MessagePath.Shorten(path),
                TypeNames.Readable(handler.GetType()),
                TypeNames.Readable(shell.GetType()),
                TypeNames.Readable(value.GetType()));
            return new DeepCopyException(DeepCopyErrorKind.HandlerFailed, message, path, value.GetType(), value);
        }

        /// <summary>A registered handler's CanHandle threw while the plan for the value here (or for a type it holds) was built.</summary>
        public static DeepCopyException HandlerQueryFailed(string path, object value, Metadata.HandlerQueryException query)
        {
            var message = string.Format(
                CultureInfo.InvariantCulture,
                "Cannot copy {0}: {1}",
                MessagePath.Shorten(path),
                query.Message);
            return new DeepCopyException(DeepCopyErrorKind.HandlerFailed, message, path, value.GetType(), value, query.InnerException);
        }

        /// <summary>DeepCopier.Copy&lt;T&gt; made a copy that is not a T: under Json, plain data where T is the source's own type.</summary>
        public static InvalidOperationException NotOfRequestedType(Type requested, object? copy, DeepCopyStrategy strategy)
        {
            var made = copy is null ? "null" : "a [" + TypeNames.Readable(copy.GetType()) + "]";
            var message = strategy == DeepCopyStrategy.Json
                ? string.Format(
                    CultureInfo.InvariantCulture,
                    "DeepCopier.Copy<T> cannot return the copy as a [{0}]: the Json strategy returned {1}. Json returns plain data, never the source's own type: object[] for lists and arrays, an ordered dictionary for objects and dictionaries (a PSCustomObject or ordered hashtable in PowerShell), and string, int, long, decimal, double, bool or DateTime for scalars. Call Copy<object> (or the non-generic Copy) and use the result as such, or use an exact strategy (Auto, the default), which keeps types.",
                    TypeNames.Readable(requested),
                    made)
                : string.Format(
                    CultureInfo.InvariantCulture,
                    "DeepCopier.Copy<T> cannot return the copy as a [{0}]: the {1} strategy returned {2}.",
                    TypeNames.Readable(requested),
                    strategy,
                    made);
            return new InvalidOperationException(message);
        }

        /// <summary>The Json strategy ran a key's ToString to make its JSON name, and it threw.</summary>
        public static DeepCopyException KeyTextFailed(string path, object key, Exception inner)
        {
            var message = string.Format(
                CultureInfo.InvariantCulture,
                "Cannot copy {0}: the ToString() of the key of type [{1}], which gives its JSON name, failed: {2}",
                MessagePath.Shorten(path),
                TypeNames.Readable(key.GetType()),
                inner.Message);
            return new DeepCopyException(DeepCopyErrorKind.HandlerFailed, message, path, key.GetType(), key, inner);
        }

        /// <summary>The Json strategy met a string or name longer than System.Text.Json writes as one token.</summary>
        public static DeepCopyException TooLongForJson(string path, object value, int length, bool isName)
        {
            var message = string.Format(
                CultureInfo.InvariantCulture,
                "Cannot copy {0}: the [{1}] here is text of {2:N0} characters, more than the {3:N0} that System.Text.Json can write as one JSON {4}. {5}",
                MessagePath.Shorten(path),
                TypeNames.Readable(value.GetType()),
                length,
                Strategies.Json.JsonText.MaxLength,
                isName ? "name" : "string",
                isName
                    ? "A dictionary key or property name cannot be shared or dropped: use an exact strategy (Auto, the default), which keeps the string."
                    : "Share it (NonCopyableAction Reference) or drop it (NonCopyableAction Null), or use an exact strategy (Auto, the default), which keeps the string.");
            return new DeepCopyException(DeepCopyErrorKind.NonCopyableType, message, path, value.GetType(), value);
        }

        /// <summary>
        /// The Json strategy's text passed <paramref name="limit"/> bytes while <paramref name="value"/>, at
        /// <paramref name="path"/>, was written. The offending value is that value, or the root when it is null.
        /// </summary>
        public static DeepCopyException JsonTextTooLarge(string path, object? value, object? root, int limit)
        {
            var message = string.Format(
                CultureInfo.InvariantCulture,
                "Cannot copy {0}: writing {2} here would take the JSON text of the graph past the Json strategy's limit of {1:N0} bytes. A value reached by several paths is written once for each, so shared values can make the text far larger than the graph. Use an exact strategy (Auto, the default), which copies each value once, or copy smaller parts of the graph.",
                MessagePath.Shorten(path),
                limit,
                value is null ? "a null" : "a [" + TypeNames.Readable(value.GetType()) + "]");
            var offending = value ?? root;
            return new DeepCopyException(DeepCopyErrorKind.SizeLimitExceeded, message, path, offending?.GetType(), offending);
        }

        public static DeepCopyException Cycle(string path, object value, string ancestorPath)
        {
            var message = string.Format(
                CultureInfo.InvariantCulture,
                "Cannot copy {0}: the [{1}] here is also its own ancestor at {2}, so the graph has a cycle, which JSON cannot represent. Use an exact strategy (Auto, the default, keeps cycles), or break the cycle first.",
                MessagePath.Shorten(path),
                TypeNames.Readable(value.GetType()),
                MessagePath.Shorten(ancestorPath));
            return new DeepCopyException(DeepCopyErrorKind.CycleNotSupported, message, path, value.GetType(), value);
        }

        public static DeepCopyException PropertyFailed(string path, object owner, string property, Exception inner)
        {
            var message = string.Format(
                CultureInfo.InvariantCulture,
                "Cannot copy {0}: reading the property '{1}' of the [{2}] failed: {3}",
                MessagePath.Shorten(path),
                property,
                TypeNames.Readable(owner.GetType()),
                inner.Message);
            return new DeepCopyException(DeepCopyErrorKind.HandlerFailed, message, path, owner.GetType(), owner, inner);
        }

        /// <summary>
        /// A JSON shape adapter failed to build the copy of <paramref name="source"/>, the source value written as the
        /// JSON object being read (the reader has no other value to name: the members it holds are the copy's).
        /// </summary>
        public static DeepCopyException AdapterFailed(string path, JsonShapeAdapter adapter, object source, Exception inner)
        {
            var message = string.Format(
                CultureInfo.InvariantCulture,
                "Cannot copy {0}: the JSON shape adapter [{1}] failed to build the copy of the [{2}]: {3}",
                MessagePath.Shorten(path),
                TypeNames.Readable(adapter.GetType()),
                TypeNames.Readable(source.GetType()),
                inner.Message);
            return new DeepCopyException(DeepCopyErrorKind.HandlerFailed, message, path, source.GetType(), source, inner);
        }

        /// <summary>
        /// The Json strategy met a member named <paramref name="name"/> that an adapter building the copy's objects
        /// reserves (<see cref="JsonShapeAdapter.GetReservedMemberNameReason"/>), for the reason it gave.
        /// </summary>
        public static DeepCopyException ReservedMemberName(string path, object owner, string name, string reason)
        {
            var type = TypeNames.Readable(owner.GetType());
            var message = string.Format(
                CultureInfo.InvariantCulture,
                "Cannot copy {0}: the [{1}] has a member named '{2}', which the object it comes back as with the Json strategy cannot have: {3} Use an exact strategy (Auto, the default), which keeps the [{1}]; or give that type a type policy (Share, Null or a custom copier), so the Json strategy does not write its members; or rename the member (for a DataTable, the column).",
                MessagePath.Shorten(path),
                type,
                name,
                reason.TrimEnd());
            return new DeepCopyException(DeepCopyErrorKind.ReservedMemberName, message, path, owner.GetType(), owner);
        }

        /// <summary>
        /// True for what a framework collection throws when it changed under its enumerator (or, for Dictionary, when
        /// writers corrupted it): an InvalidOperationException of its own, with nothing inside. The same exception from
        /// a key's GetHashCode or Equals, or from a comparer, which the rebuild of a hashed or sorted collection runs,
        /// is thrown by user code (or arrives wrapped), and is the failure of that code, not a change of the source.
        /// The JIT may inline an enumerator's MoveNext into the handler that calls it, so a throw from this assembly
        /// counts as the collection's. (The JIT could likewise inline a key's GetHashCode into framework code; such a
        /// failure is then still reported as a change of the source, as every one was before.)
        /// </summary>
        public static bool IsCollectionChanged(InvalidOperationException ex)
        {
            if (ex.InnerException != null)
            {
                return false;
            }

            // Without a stack to tell where it came from, keep the old answer.
            var thrower = ex.TargetSite?.DeclaringType;
            return thrower == null || thrower.Assembly == typeof(CopyErrors).Assembly || Array.IndexOf(CollectionAssemblies, thrower.Assembly) >= 0;
        }

        // Where the framework's collections live: System.Private.CoreLib, System.Collections, System.Collections.Concurrent,
        // System.Collections.Specialized and System.ObjectModel on .NET; mscorlib, System and System.Core on .NET Framework.
        private static readonly System.Reflection.Assembly[] CollectionAssemblies =
        {
            typeof(System.Collections.Generic.List<>).Assembly,
            typeof(System.Collections.Generic.HashSet<>).Assembly,
            typeof(System.Collections.Generic.LinkedList<>).Assembly,
            typeof(System.Collections.Generic.SortedSet<>).Assembly,
            typeof(System.Collections.Concurrent.ConcurrentDictionary<,>).Assembly,
            typeof(System.Collections.Specialized.OrderedDictionary).Assembly,
            typeof(System.Collections.ObjectModel.ObservableCollection<>).Assembly,
        };

        /// <summary>
        /// True for what the source's own code threw when the Json strategy's walk called it (a getter, an enumerator,
        /// a key's ToString, a shape adapter), to be reported as that code's failure (HandlerFailed) at its place in the
        /// walk: everything but a cancellation of the copy's own token. The walk runs none of its own code inside those
        /// calls, so a DeepCopyException from one is another copy's, one that code ran (a getter that copies), whose kind
        /// and path are not this graph's; and a cancellation while the copy's token is not cancelled is of a token of
        /// that code's own. As DeepCopyContext.IsHandlerFault decides for copiers and handlers (hunt 29).
        /// </summary>
        public static bool IsSourceCodeFault(Exception ex, CancellationToken copyToken) =>
            !(ex is OperationCanceledException) || !copyToken.IsCancellationRequested;
    }
}
