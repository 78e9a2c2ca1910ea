using System.Collections;
using System.Collections.Specialized;
using System.Reflection;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Rebuilds an <see cref="OrderedDictionary"/> (<c>[ordered]@{}</c>) in order, with its comparer and read-only flag.
    /// Its entries live in two private parts, an ArrayList of entries and a Hashtable of keys, which are not its alone:
    /// the views its Keys and Values return hold them, and so does the read-only dictionary AsReadOnly returns. The
    /// rebuilt parts are therefore registered as the copies of the source's parts, so a view or read-only twin copied
    /// later is built over them; and a dictionary whose parts were copied earlier (through a view, or its read-only
    /// twin) is built over those copies, so every copy sees the same entries, as in the source. The copied list of
    /// entries keeps the source list's version, so enumerators copied with the table work on the copy.
    /// </summary>
    internal sealed class OrderedDictionaryHandler : BuiltInHandler<OrderedDictionary>
    {
        private const BindingFlags Private = BindingFlags.Instance | BindingFlags.NonPublic;
        private static readonly FieldInfo? ComparerField = typeof(OrderedDictionary).GetField("_comparer", Private);
        private static readonly FieldInfo? ReadOnlyField = typeof(OrderedDictionary).GetField("_readOnly", Private);
        private static readonly OrderedDictionaryParts? Parts = OrderedDictionaryParts.TryCreate();

        // The shells this handler built over parts copied elsewhere (through a view, or the read-only twin): whoever made
        // those parts fills them, so these are not filled again. Rare, so the common shell costs no entry here.
        private readonly ShellStates<OrderedDictionary, object> _sharing = new ShellStates<OrderedDictionary, object>();

        protected override OrderedDictionary CreateShell(OrderedDictionary source, DeepCopyContext context)
        {
            var comparer = (IEqualityComparer?)ComparerField?.GetValue(source);
            if (Parts is null)
            {
                return new OrderedDictionary(source.Count, comparer);
            }

            var entries = Parts.Entries(source);
            var keys = Parts.Keys(source);
            if ((entries != null && context.Map.TryGetValue(entries, out _)) || (keys != null && context.Map.TryGetValue(keys, out _)))
            {
                var shared = new OrderedDictionary(0, comparer);
                Parts.Set(shared, (ArrayList?)context.CopyWrapped(entries), (Hashtable?)context.CopyWrapped(keys));
                MarkReadOnly(source, shared);
                _sharing.Park(shared, source);
                return shared;
            }

            var shell = new OrderedDictionary(source.Count, comparer);
            if (entries != null)
            {
                // Made now rather than on the first Add, so they are known before any entry (which may lead to a view) is copied.
                var ownEntries = new ArrayList(source.Count);
                var ownKeys = keys is null ? null : new Hashtable(source.Count, comparer);
                Parts.Set(shell, ownEntries, ownKeys);
                context.Map.Add(entries, ownEntries);
                if (keys != null)
                {
                    context.Map.Add(keys, ownKeys);
                }
            }

            return shell;
        }

        protected override void Populate(OrderedDictionary source, OrderedDictionary shell, DeepCopyContext context)
        {
            if (_sharing.Take(shell) != null)
            {
                return;
            }

            NonGenericDictionaryFiller.Fill(source, shell, context, addsNewKeys: true);
            MarkReadOnly(source, shell);
            CarryEntriesVersion(source, shell);
        }

        /// <summary>
        /// Its enumerators walk its list of entries and check that list's version, which a Remove or a value set bumps
        /// without adding: the copy's list holds each entry at the source's index, so it takes the source list's version,
        /// and a copied enumerator of an edited <c>[ordered]</c> table resumes at the copied entry (hunt 33).
        /// </summary>
        private static void CarryEntriesVersion(OrderedDictionary source, OrderedDictionary copy)
        {
            var sourceEntries = Parts?.Entries(source);
            var copyEntries = Parts?.Entries(copy);
            if (sourceEntries != null && copyEntries != null)
            {
                CollectionVersion<ArrayList>.Carry(sourceEntries, copyEntries);
            }
        }

        private static void MarkReadOnly(OrderedDictionary source, OrderedDictionary copy)
        {
            if (source.IsReadOnly && ReadOnlyField != null)
            {
                ReadOnlyField.SetValue(copy, true);
            }
        }
    }
}
