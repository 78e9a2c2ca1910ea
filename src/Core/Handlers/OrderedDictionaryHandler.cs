using System.Collections;
using System.Collections.Specialized;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Rebuilds an <see cref="OrderedDictionary"/> (<c>[ordered]@{}</c>) in order, with its comparer and read-only flag.
    /// Its entries live in two private parts, an ArrayList of entries and a Hashtable of keys, which are not its alone:
    /// the views its Keys and Values return hold them, and so does the read-only dictionary AsReadOnly returns. The
    /// rebuilt parts are therefore registered as the copies of the source's parts, so a view or read-only twin copied
    /// later is built over them; and a dictionary whose parts were copied earlier (through a view, or its read-only
    /// twin) is built over those copies, so every copy sees the same entries, as in the source.
    /// </summary>
    internal sealed class OrderedDictionaryHandler : BuiltInHandler<OrderedDictionary>
    {
        private const BindingFlags Private = BindingFlags.Instance | BindingFlags.NonPublic;
        private static readonly FieldInfo? ComparerField = typeof(OrderedDictionary).GetField("_comparer", Private);
        private static readonly FieldInfo? ReadOnlyField = typeof(OrderedDictionary).GetField("_readOnly", Private);
        private static readonly FieldInfo? EntriesField = PartField("_objectsArray", typeof(ArrayList));
        private static readonly FieldInfo? KeysField = PartField("_objectsTable", typeof(Hashtable));

        // The shells this handler made with parts of their own, waiting to be filled. A shell over parts copied
        // elsewhere has no entry here: whoever made those parts fills them.
        private readonly ConditionalWeakTable<OrderedDictionary, object> _toFill = new ConditionalWeakTable<OrderedDictionary, object>();

        /// <summary>True where this runtime keeps the parts under the names this handler knows, so views can follow the copy.</summary>
        internal static bool FollowsViews => EntriesField != null && KeysField != null;

        protected override OrderedDictionary CreateShell(OrderedDictionary source, DeepCopyContext context)
        {
            var comparer = (IEqualityComparer?)ComparerField?.GetValue(source);
            var entries = EntriesField?.GetValue(source) as ArrayList;
            var keys = KeysField?.GetValue(source) as Hashtable;
            if (FollowsViews && PartsCopiedAlready(entries, keys, context))
            {
                var shared = new OrderedDictionary(0, comparer);
                EntriesField!.SetValue(shared, context.CopyWrapped(entries));
                KeysField!.SetValue(shared, context.CopyWrapped(keys));
                MarkReadOnly(source, shared);
                return shared;
            }

            var shell = new OrderedDictionary(source.Count, comparer);
            if (FollowsViews && entries != null)
            {
                // Made now rather than on the first Add, so they are known before any entry (which may lead to a view) is copied.
                var ownEntries = new ArrayList(source.Count);
                EntriesField!.SetValue(shell, ownEntries);
                context.Map.Add(entries, ownEntries);
                if (keys != null)
                {
                    var ownKeys = new Hashtable(source.Count, comparer);
                    KeysField!.SetValue(shell, ownKeys);
                    context.Map.Add(keys, ownKeys);
                }
            }

            _toFill.Add(shell, source);
            return shell;
        }

        protected override void Populate(OrderedDictionary source, OrderedDictionary shell, DeepCopyContext context)
        {
            if (!_toFill.TryGetValue(shell, out _))
            {
                return;
            }

            _toFill.Remove(shell);
            NonGenericDictionaryFiller.Fill(source, shell, context, addsNewKeys: true);
            MarkReadOnly(source, shell);
        }

        private static bool PartsCopiedAlready(ArrayList? entries, Hashtable? keys, DeepCopyContext context) =>
            (entries != null && context.Map.TryGetValue(entries, out _)) || (keys != null && context.Map.TryGetValue(keys, out _));

        private static void MarkReadOnly(OrderedDictionary source, OrderedDictionary copy)
        {
            if (source.IsReadOnly && ReadOnlyField != null)
            {
                ReadOnlyField.SetValue(copy, true);
            }
        }

        private static FieldInfo? PartField(string name, System.Type type)
        {
            var field = typeof(OrderedDictionary).GetField(name, Private);
            return field != null && field.FieldType == type ? field : null;
        }
    }
}
