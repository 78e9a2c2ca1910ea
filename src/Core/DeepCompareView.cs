using System;
using System.Collections.Generic;

namespace DeepCopy.Core
{
    /// <summary>
    /// How a <see cref="DeepCompareAdapter"/> presents one value to the comparer: the value it wraps (if any), its named
    /// members and its type names. A view with only a wrapped value is transparent: the wrapped value is compared instead,
    /// so a wrapper that adds nothing never makes a difference.
    /// </summary>
    public sealed class DeepCompareView
    {
        internal DeepCompareView()
        {
        }

        /// <summary>How member names are matched between two views; the reference side's comparer is used.</summary>
        public StringComparer MemberNameComparer { get; set; } = StringComparer.Ordinal;

        /// <summary>True when the order of the members is part of the value (a PSCustomObject's properties): then two views whose common members come in another order differ.</summary>
        public bool MembersAreOrdered { get; set; }

        internal bool HasWrapped { get; private set; }

        internal object? Wrapped { get; private set; }

        internal List<KeyValuePair<string, object?>> Members { get; } = new List<KeyValuePair<string, object?>>();

        internal List<string> TypeNames { get; } = new List<string>();

        /// <summary>
        /// True when the value has type names of its own, even none (a list emptied with Clear(), which ETS type data and
        /// formatting then pass by); false when it has the names its type gives, which no view lists.
        /// </summary>
        internal bool HasTypeNames { get; private set; }

        internal bool HasComparer { get; private set; }

        internal object? Comparer { get; private set; }

        /// <summary>What <see cref="Comparer"/> orders or matches, for messages: "priorities" for a PriorityQueue.</summary>
        internal string ComparedByComparer { get; private set; } = "keys";

        /// <summary>
        /// Set by an adapter whose members and type names are the ones attached to the wrapped object itself (a PSObject
        /// whose member list is PowerShell's table entry for the object): the wrapper then adds nothing to an object held
        /// unwrapped, which is compared with its attached state instead.
        /// </summary>
        internal bool ShowsOnlyAttachedState { get; set; }

        internal bool IsTransparent => HasWrapped && Members.Count == 0 && !HasTypeNames && !HasComparer;

        /// <summary>
        /// The comparer a collection the view presents orders or matches by. It is compared as a dictionary's or sorted
        /// set's is (ComparerDifferent at the collection, "the default comparer" named so), not as a member: its runtime
        /// type is often internal, and two different ones of a type would read alike.
        /// </summary>
        internal void SetComparer(object? comparer, string compared)
        {
            HasComparer = true;
            Comparer = comparer;
            ComparedByComparer = compared;
        }

        /// <summary>The value this one wraps; compared (and walked) like any other child, at the same path.</summary>
        public void SetWrapped(object? value)
        {
            HasWrapped = true;
            Wrapped = value;
        }

        /// <summary>A named member, compared by name with the other view's members.</summary>
        public void AddMember(string name, object? value) =>
            Members.Add(new KeyValuePair<string, object?>(name ?? throw new ArgumentNullException(nameof(name)), value));

        /// <summary>A type name; two views whose type name lists differ are reported as <see cref="DeepDifferenceKind.TypeDifferent"/>.</summary>
        public void AddTypeName(string name)
        {
            TypeNames.Add(name ?? throw new ArgumentNullException(nameof(name)));
            HasTypeNames = true;
        }

        /// <summary>The value's own type names, in order; an empty list too is its own, unlike a view given no names.</summary>
        internal void SetTypeNames(IEnumerable<string> names)
        {
            HasTypeNames = true;
            foreach (var name in names)
            {
                AddTypeName(name);
            }
        }
    }
}
