using System;
using System.Collections;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Copies a subclass of <see cref="Hashtable"/> from outside the framework, such as a user's <c>class Tagged : Hashtable</c>
    /// or a PowerShell class deriving from <c>[hashtable]</c>, without running any of its code: not its constructor, not
    /// its Clone, and not the overrides it may have of GetEnumerator, Count or the indexer (a table that masks secrets or
    /// hides entries when shown still holds them, and the copy must too). Its entries are read and written where
    /// Hashtable keeps them: bucket by bucket into a shallow twin when the copy shares every key
    /// (<see cref="HashtableBucketCopy"/>), else into a twin rebuilt around the base (<see cref="SubclassRebuilder"/>)
    /// through Hashtable's own members (<see cref="HashtableOwnFiller"/>). Its own fields are copied deep.
    /// </summary>
    internal sealed class HashtableRebuiltSubclassHandler : DeepCopyHandler, IWrappedTableRebuilder
    {
        private readonly Type _type;
        private readonly SubclassRebuilder _rebuilder;

        // Null where Hashtable's own members cannot be called on this runtime, or where a class of the class library
        // between the subclass and Hashtable keeps the entries itself: the table is then read through its own members.
        private readonly HashtableOwnMembers? _own;

        public HashtableRebuiltSubclassHandler(Type type)
        {
            _type = type;
            _rebuilder = new SubclassRebuilder(type, typeof(Hashtable), new[] { typeof(int), typeof(IEqualityComparer) });
            _own = HashtableOwnMembers.StoresInHashtable(type) ? HashtableOwnMembers.Current : null;
            if (_own == null && HashtableOwnMembers.StoresInHashtable(type) && HashtableOwnMembers.OverridesEntryMembers(type))
            {
                UnsupportedReason = "it overrides how a Hashtable shows or stores its entries, and this runtime cannot read them past those overrides, " +
                    "so a copy would hold what the overrides show rather than what the table holds";
            }
        }

        public override bool CanHandle(Type type) => type == _type;

        // Only reached after CreateEmptyTable made a table, which it does only when the members are bound.
        private HashtableOwnMembers Own => _own ?? throw new InvalidOperationException("Hashtable's own members are not bound on this runtime.");

        internal override bool InvalidOperationMeansSourceChanged => true;

        internal override string? UnsupportedReason { get; }

        public override object CreateShell(object source, DeepCopyContext context)
        {
            var table = (Hashtable)source;
            if (_own == null)
            {
                return _rebuilder.CreateShell(source, table.Count, HashtableComparer.Read(table));
            }

            var count = _own.Count(table);
            return HashtableBucketCopy.TryClone(table, count, context) ?? _rebuilder.CreateShell(source, count, HashtableComparer.Read(table));
        }

        public Hashtable? TryCopyBuckets(Hashtable source, DeepCopyContext context) =>
            _own == null ? null : HashtableBucketCopy.TryClone(source, _own.Count(source), context);

        /// <summary>Null where this runtime cannot read and write the table past its overrides: it is then copied as it is alone.</summary>
        public Hashtable? CreateEmptyTable(Hashtable source) =>
            _own == null ? null : (Hashtable)_rebuilder.CreateShell(source, _own.Count(source), HashtableComparer.Read(source));

        public IDictionaryEnumerator ReadEntries(Hashtable source) => Own.GetEnumerator(source);

        public int CountOf(Hashtable table) => Own.Count(table);

        public void CopyOwnState(Hashtable source, Hashtable copy, DeepCopyContext context) => _rebuilder.PopulateOwnFields(source, copy, context);

        public void Store(Hashtable copy, object key, object? value) => Own.SetItem(copy, key, value);

        public override void Populate(object source, object shell, DeepCopyContext context)
        {
            _rebuilder.PopulateOwnFields(source, shell, context);
            var table = (Hashtable)source;
            var copy = (Hashtable)shell;
            if (_own == null)
            {
                NonGenericDictionaryFiller.Fill(table, copy, context);
                CollectionVersion<Hashtable>.MarkRebuilt(table, copy);
            }
            else if (_own.Count(copy) > 0)
            {
                // A bucket twin already holds the entries, with the source's values; a rebuilt shell is still empty.
                HashtableBucketCopy.CopyValues(table, copy, context);
            }
            else
            {
                HashtableOwnFiller.Fill(table, copy, context, _own);

                // Laid out otherwise than the source: an enumerator copied with it must fail rather than resume elsewhere.
                CollectionVersion<Hashtable>.MarkRebuilt(table, copy);
            }
        }
    }
}
