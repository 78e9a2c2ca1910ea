using System;
using System.Collections;
using DeepCopy.Core.Engine;
using DeepCopy.Core.Handlers;

namespace DeepCopy.Core
{
    /// <summary>
    /// The public entry points handlers and copiers copy children through. Each first checks that its copy is running
    /// (DeepCopyContext.Lifetime.cs): a context is valid only during the call that received it.
    /// </summary>
    public sealed partial class DeepCopyContext
    {
        /// <summary>Copies the value of a field or property named <paramref name="memberName"/>.</summary>
        /// <exception cref="InvalidOperationException">The context is used after its copy finished: see <see cref="DeepCopyContext"/>.</exception>
        public object? CopyMember(object? value, string memberName)
        {
            EnsureRunning();
            return CopyChild(value, PathSegmentKind.Member, memberName, 0);
        }

        /// <summary>As <see cref="CopyMember"/>, for a step the engine has written as path text already (<c>Inline.First</c>).</summary>
        internal object? CopyMemberPath(object? value, string pathText) => CopyChild(value, PathSegmentKind.MemberPath, pathText, 0);

        /// <summary>Copies the element at <paramref name="index"/> of a list or array.</summary>
        /// <exception cref="InvalidOperationException">The context is used after its copy finished.</exception>
        public object? CopyElement(object? value, int index)
        {
            EnsureRunning();
            return CopyChild(value, PathSegmentKind.Index, null, index);
        }

        /// <summary>Copies the value stored under <paramref name="key"/> (the source's key, used only to name the path).</summary>
        /// <exception cref="InvalidOperationException">The context is used after its copy finished.</exception>
        public object? CopyValue(object? value, object? key)
        {
            EnsureRunning();
            return CopyChild(value, PathSegmentKind.Key, key, 0);
        }

        /// <summary>
        /// Copies a child that has no name of its own in paths, such as the object a wrapper wraps. It stands in its
        /// wrapper's place, so the wrapper and it count as one level of <see cref="DeepCopyOptions.MaxDepth"/>.
        /// </summary>
        /// <exception cref="InvalidOperationException">The context is used after its copy finished.</exception>
        public object? CopyWrapped(object? value)
        {
            EnsureRunning();

            // Copied as a child of the wrapper's parent would be: at the wrapper's depth, not one below it.
            _currentDepth--;
            try
            {
                return CopyChild(value, PathSegmentKind.Transparent, null, 0);
            }
            finally
            {
                _currentDepth++;
            }
        }

        /// <summary>
        /// Copies a key, or a set element, to completion before returning, so the collection hashes or compares a
        /// finished object: also a key the copy reached earlier, whose fill still waited on the work stack
        /// (DeepCopyContext.PendingKeys.cs). Nesting here is bounded by keys that contain keyed collections, not by graph depth.
        /// </summary>
        /// <exception cref="InvalidOperationException">The context is used after its copy finished.</exception>
        public object? CopyKey(object? key, int position)
        {
            EnsureRunning();

            // The caller inserts the key next, which runs the key's own hashing or ordering code.
            _countdown.Tick(InsertSteps);
            var mark = _work.Count;
            var known = _map.Count;
            var copy = CopyChild(key, PathSegmentKind.KeyItself, null, position);
            if (copy is null && key != null)
            {
                // NonCopyableAction.Null cannot leave null in a key's place: a dictionary refuses it, and a set would
                // merge two such elements into one.
                throw NullKey(key, position);
            }

            if (_work.Count > mark)
            {
                if (_keyNesting >= MaxKeyNesting)
                {
                    throw Raise(CopyErrors.KeyNestingTooDeep(FormatPath(PathSegmentKind.KeyItself, null, position), key!, MaxKeyNesting));
                }

                _keyNesting++;
                try
                {
                    DrainNested(mark);
                }
                finally
                {
                    _keyNesting--;
                }
            }
            else if (!ReferenceEquals(copy, key) && copy != null && _work.Count == mark)
            {
                // A copy made earlier in the graph (the map did not grow), whose fill may still wait on the stack.
                FinishPendingKey(key!, position, mark, copiedEarlier: _map.Count == known);
            }

            return copy;
        }

        /// <summary>
        /// Copies every entry of <paramref name="source"/> into the empty <paramref name="copy"/>, in enumeration order:
        /// keys to completion, values as shells. Reports a source that changes meanwhile, and keys whose copies are equal
        /// (<see cref="DeepCopyErrorKind.KeyCollision"/>). For handlers of dictionary types.
        /// </summary>
        /// <exception cref="InvalidOperationException">The context is used after its copy finished.</exception>
        public void PopulateDictionary(IDictionary source, IDictionary copy)
        {
            EnsureRunning();
            NonGenericDictionaryFiller.Fill(source ?? throw new ArgumentNullException(nameof(source)), copy ?? throw new ArgumentNullException(nameof(copy)), this);
        }

        /// <summary>
        /// As <see cref="PopulateDictionary"/>, but string keys go in through Add, which hashes each once: for a
        /// dictionary type whose Add and indexer differ only on a key already present (PowerShell's OrderedHashtable).
        /// </summary>
        internal void PopulateDictionaryByAdding(IDictionary source, IDictionary copy)
        {
            EnsureRunning();
            NonGenericDictionaryFiller.Fill(source, copy, this, addsNewKeys: true);
        }

        /// <summary>Stops the copy because <paramref name="collection"/> changed while it was read.</summary>
        /// <exception cref="InvalidOperationException">The context is used after its copy finished.</exception>
        public void ReportSourceChanged(object collection)
        {
            EnsureRunning();
            throw Raise(CopyErrors.SourceChanged(FormatPath(PathSegmentKind.Transparent, null, 0), collection ?? throw new ArgumentNullException(nameof(collection)), null));
        }

        /// <summary>
        /// Stops the copy because the copy of <paramref name="key"/>, at <paramref name="position"/> in the enumeration of
        /// <paramref name="collection"/>, is equal to the copy of a key before it: the copied collection would lose an entry.
        /// </summary>
        internal void ReportKeyCollision(object collection, object key, int position) =>
            throw Raise(CopyErrors.KeyCollision(FormatPath(PathSegmentKind.KeyItself, null, position), key, collection));

        /// <summary>Stops the copy because <paramref name="value"/>, which a handler claimed by type, cannot be copied after all.</summary>
        internal void ReportNonCopyable(object value, string reason) =>
            throw Raise(CopyErrors.NonCopyable(FormatPath(PathSegmentKind.Transparent, null, 0), value, reason));
    }
}
