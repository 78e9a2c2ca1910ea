using System;
using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using DeepCopy.Core.Comparison;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Rebuilds what <c>[System.Collections.ArrayList]::Synchronized($list)</c> returns, which scripts share between
    /// runspaces to collect results: a synchronized wrapper of a faithful copy of the list it wraps, an ArrayList or a
    /// user's subclass of it (its type and own fields kept, none of its overrides run, as when it is copied alone). The
    /// items are read in one moment under the lock the wrapper's writers take, so a copy made while they add is whole
    /// instead of failing as changed during the copy, and copied after it is released. A list held by other references
    /// as well is copied once. Any other list inside (a framework wrapper, or a type with a handler or policy of the
    /// user's) is copied as it would be alone.
    /// </summary>
    internal sealed class SynchronizedArrayListHandler : DeepCopyHandler
    {
        // One per subclass met inside a wrapper, dropped with the subclass's assembly when that is collectible.
        private static readonly ConditionalWeakTable<Type, SubclassRebuilder> Rebuilders = new ConditionalWeakTable<Type, SubclassRebuilder>();

        // Holds, from a wrapper's shell until it is populated, the empty list made to fill; absent when there is none.
        private readonly ShellStates<ArrayList, Pending> _pending = new ShellStates<ArrayList, Pending>();

        /// <summary>The framework's private wrapper type, the one Synchronized returns for an ArrayList.</summary>
        public static Type WrapperType { get; } = ArrayList.Synchronized(new ArrayList()).GetType();

        // The name of .NET and .NET Framework alike; where it is absent, the wrapper is rebuilt around a plain ArrayList.
        private static readonly FieldInfo? ListField = WrapperType.GetField("_list", BindingFlags.Instance | BindingFlags.NonPublic) is FieldInfo field &&
            field.FieldType == typeof(ArrayList) ? field : null;

        public override bool CanHandle(Type type) => type == WrapperType;

        internal override bool InvalidOperationMeansSourceChanged => true;

        public override object CreateShell(object source, DeepCopyContext context)
        {
            var wrapper = (ArrayList)source;
            var inner = (ArrayList?)ListField?.GetValue(wrapper);
            if (inner is null)
            {
                // No way to the list inside: the wrapper's items go into a wrapper of a plain ArrayList, through its own members.
                var plain = ArrayList.Synchronized(new ArrayList(wrapper.Count));
                _pending.Park(plain, new Pending(wrapper, plain, null));
                return plain;
            }

            if (context.Map.TryGetValue(inner, out var copied))
            {
                return WrapOrDrop(copied);
            }

            var type = inner.GetType();
            var plan = context.PlanOf(type);
            SubclassRebuilder? rebuilder = null;
            ArrayList empty;
            if (plan.Handler is ArrayListHandler)
            {
                empty = new ArrayList(inner.Count);
            }
            else if (plan.Kind == TypePlanKind.FieldWalk && ArrayListStorage.Current != null && !FrameworkAssemblies.IsPlatform(type.Assembly))
            {
                rebuilder = Rebuilders.GetValue(type, subclass => new SubclassRebuilder(subclass, typeof(ArrayList), new[] { typeof(int) }));
                empty = (ArrayList)rebuilder.CreateShell(inner, 0);
            }
            else
            {
                return WrapOrDrop(context.CopyWrapped(inner));
            }

            // Known before the items are copied, so an item that refers back to the list finds this copy.
            context.Map.Add(inner, empty);
            var shell = ArrayList.Synchronized(empty);
            _pending.Park(shell, new Pending(inner, empty, rebuilder));
            return shell;
        }

        /// <summary>
        /// The wrapper of the list's copy; or null, the wrapper dropped with its list, where a type policy of the list's
        /// type dropped it (Null, or a copier returning null): a wrapper cannot exist without its list (hunt 32).
        /// </summary>
        private static object WrapOrDrop(object? listCopy) => listCopy is null ? null! : ArrayList.Synchronized((ArrayList)listCopy);

        public override void Populate(object source, object shell, DeepCopyContext context)
        {
            var wrapperCopy = (ArrayList)shell;
            var pending = _pending.Take(wrapperCopy);
            if (pending is null)
            {
                return;
            }

            pending.Rebuilder?.PopulateOwnFields(pending.Source, pending.Copy, context);
            object?[] items;
            int? versionOfItems;
            lock (((ArrayList)source).SyncRoot)
            {
                items = pending.Rebuilder is null ? pending.Source.ToArray() : ArrayListStorage.Current!.Read(pending.Source);
                versionOfItems = CollectionVersion<ArrayList>.ReadWithItems(pending.Source);
            }

            for (var index = 0; index < items.Length; index++)
            {
                items[index] = context.CopyElement(items[index], index);
            }

            if (pending.Rebuilder is null)
            {
                pending.Copy.AddRange(items);
            }
            else
            {
                ArrayListStorage.Current!.Write(pending.Copy, items);
            }

            // Item for item the source's list as it was under the lock, so an enumerator or GetRange view of it copied
            // with it works on the copy; the version is that moment's too, since a writer may have run since.
            CollectionVersion<ArrayList>.CarryVersionOfItems(versionOfItems, pending.Copy);
        }

        /// <summary>A wrapped list and the empty copy made for it (with the rebuilder of a subclass), waiting for Populate.</summary>
        private sealed class Pending
        {
            public Pending(ArrayList source, ArrayList copy, SubclassRebuilder? rebuilder)
            {
                Source = source;
                Copy = copy;
                Rebuilder = rebuilder;
            }

            public ArrayList Source { get; }

            public ArrayList Copy { get; }

            public SubclassRebuilder? Rebuilder { get; }
        }
    }
}
