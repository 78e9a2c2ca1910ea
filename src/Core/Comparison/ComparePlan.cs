using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq.Expressions;
using System.Reflection;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Comparison
{
    /// <summary>How values of one runtime type are compared and walked, worked out once per type. The rules run in order.</summary>
    internal sealed class ComparePlan
    {
        private ComparePlan(Type type, CompareKind kind)
        {
            Type = type;
            Kind = kind;
            _staticsCheck = type.IsValueType ? null : new FrameworkStaticTypeCheck(type);
            IsBoxThatLeadsOn = type.IsValueType && StructReferences.CanHoldReference(type);
        }

        public Type Type { get; }

        public CompareKind Kind { get; }

        /// <summary>False for values the copy engine shares (immutable or shared by contract): the independence check does not walk them.</summary>
        public bool IsMutable { get; private set; }

        /// <summary>
        /// True when objects of this type may be class-library statics that a copy keeps (<see cref="FrameworkStatics"/>):
        /// a copy must hold the very instance, and two graphs sharing it are not dependent (<see cref="FrameworkStaticTypeCheck"/>).
        /// </summary>
        public bool MayBeFrameworkStatic => _staticsCheck != null && _staticsCheck.MayBeStatic;

        private readonly FrameworkStaticTypeCheck? _staticsCheck;

        /// <summary>
        /// True for a struct whose box the copy engine clones (<see cref="TypePlan.CopiesBox"/>): a box both graphs hold as
        /// an object can be changed in place through either, so the independence check records it as an object.
        /// </summary>
        public bool IsChangeableBox { get; private set; }

        /// <summary>For a struct: its box can lead to other objects, so to another box or back to itself (a loop of boxes).</summary>
        public bool IsBoxThatLeadsOn { get; }

        public DeepCompareAdapter? Adapter { get; private set; }

        /// <summary>
        /// For <see cref="CompareKind.Fields"/>: every instance field. For a collection compared by meaning: the fields a
        /// subclass of a class-library collection declares itself (its base's internals are compared by meaning).
        /// </summary>
        public CompareField[] Fields { get; private set; } = Array.Empty<CompareField>();

        /// <summary>For <see cref="CompareKind.Fields"/>: the pointer fields, compared by the address they hold and never walked.</summary>
        public CompareField[] PointerFields { get; private set; } = Array.Empty<CompareField>();

        /// <summary>For <see cref="CompareKind.InlineArray"/>: how many elements the struct holds.</summary>
        public int ElementCount { get; private set; }

        /// <summary>For <see cref="CompareKind.InlineArray"/>: (box, index) => the element at index.</summary>
        public Func<object, int, object?>? ReadElement { get; private set; }

        /// <summary>
        /// For the independence walk of a collection compared by meaning, the fields its enumerator does not show: those of
        /// the user's own (a collection of the user's that keeps its items in a list it holds), walked whatever they hold.
        /// </summary>
        public CompareField[] OwnHeldFields { get; private set; } = Array.Empty<CompareField>();

        /// <summary>
        /// For the independence walk of a collection compared by meaning: the class library's reference-typed fields, walked
        /// only when they hold another collection (<see cref="HeldCollections"/>): what a wrapper wraps.
        /// </summary>
        public CompareField[] PlatformHeldFields { get; private set; } = Array.Empty<CompareField>();

        /// <summary>For <see cref="CompareKind.Dictionary"/>: how its entries are read and its keys looked up.</summary>
        public DictionaryReader? Dictionary { get; private set; }

        /// <summary>For <see cref="CompareKind.Collection"/>: (collection) => its items, in order.</summary>
        public Func<object, IEnumerable>? ReadItems { get; private set; }

        /// <summary>For <see cref="CompareKind.Set"/> and <see cref="CompareKind.Lookup"/>: the collection's own Contains, so its comparer decides.</summary>
        public Func<object, object?, bool>? SetContains { get; private set; }

        /// <summary>For <see cref="CompareKind.Lookup"/>: the elements under a key (none when it is not there).</summary>
        public Func<object, object?, IEnumerable>? LookupElements { get; private set; }

        /// <summary>For <see cref="CompareKind.Grouping"/>: the grouping's key.</summary>
        public Func<object, object?>? GroupingKey { get; private set; }

        /// <summary>For dictionaries, sets and keyed collections of the class library: reads the key comparer, null when none is known.</summary>
        public Func<object, object?>? ReadComparer { get; private set; }

        /// <summary>For a collection compared by meaning: the class library's settings compared beside its items (<see cref="CollectionSettings"/>), null when it has none.</summary>
        public CollectionSettings? Settings { get; private set; }

        /// <summary>For the class library's dictionaries that keep a value comparer too (the immutable ones): reads it, null when none is known.</summary>
        public Func<object, object?>? ReadValueComparer { get; private set; }

        /// <summary>
        /// True for reference types that override neither Equals nor GetHashCode: a collection finds such a key only by the
        /// very instance, and asking whether it does runs no code of the key's type.
        /// </summary>
        public bool HashesByIdentity { get; private set; }

        /// <summary>
        /// True for framework values a collection finds through its own lookup (its comparer then decides). False for
        /// objects, and for framework values whose Equals is identity though the comparer compares them by value (Regex):
        /// as keys and set items those are paired by the comparer's rule, as object keys are, since the other collection
        /// would find only the very instance. The key walker and the key fingerprints both ask this, so they agree.
        /// </summary>
        public bool IsLeafKey => Kind == CompareKind.Value && !HashesByIdentity;

        /// <summary>For <see cref="CompareKind.Dictionary"/>: the key order is part of the value (ordered dictionaries).</summary>
        public bool IsOrdered { get; private set; }

        /// <summary>True when a registered <see cref="DeepCopyAttachedState"/> may keep state for this type's objects.</summary>
        public bool HasAttachedState { get; private set; }

        /// <summary>For <see cref="CompareKind.Array"/>: one-dimensional and zero-based.</summary>
        public bool IsVector { get; private set; }

        /// <summary>
        /// For an array of function pointers, whose elements Array.GetValue cannot read: reads the element at the given
        /// indices as its address (an IntPtr), so two such arrays are compared address by address. Null for other arrays.
        /// </summary>
        public Func<Array, int[], object?>? ReadAddressAt { get; private set; }

        /// <summary>
        /// For a class-library struct collection with an IsDefault property (ImmutableArray): true for its default value,
        /// which holds no collection at all, so its Count and enumerator throw.
        /// </summary>
        public Func<object, bool>? IsDefault { get; private set; }

        /// <summary>
        /// For the class library's immutable and frozen collections and their tree nodes: true when the object holds
        /// nothing, so two graphs may share it (<see cref="EmptyImmutables"/>). Null for other types.
        /// </summary>
        public Func<object, bool>? HoldsNothing { get; private set; }

        public static ComparePlan Build(Type type)
        {
            var kind = Classify(type, out var adapter);
            var elementCount = 0;
            var readElement = kind == CompareKind.Fields ? ElementReader(type, out elementCount) : null;
            var plan = new ComparePlan(type, readElement is null ? kind : CompareKind.InlineArray) { Adapter = adapter };
            if (readElement != null)
            {
                plan.ReadElement = readElement;
                plan.ElementCount = elementCount;
            }

            var copyPlan = TypePlanCache.Get(type);
            plan.IsMutable = copyPlan.Kind != TypePlanKind.Immutable;
            plan.IsChangeableBox = copyPlan.CopiesBox;

            // Listing the statics of this type now registers them before the walk meets what its objects hold.
            FrameworkStatics.For(copyPlan);
            plan.HoldsNothing = plan.IsMutable ? EmptyImmutables.BuildHoldsNothing(type) : null;
            plan.HasAttachedState = copyPlan.MayHaveAttachedState && plan.Kind != CompareKind.Adapter;
            plan.HashesByIdentity = !type.IsValueType &&
                type.GetMethod(nameof(GetHashCode), Type.EmptyTypes)!.DeclaringType == typeof(object) &&
                type.GetMethod(nameof(Equals), new[] { typeof(object) })!.DeclaringType == typeof(object);
            if (plan.Kind == CompareKind.Dictionary || plan.Kind == CompareKind.Set || plan.Kind == CompareKind.Collection || plan.Kind == CompareKind.Lookup ||
                plan.Kind == CompareKind.NameObjectCollection)
            {
                plan.Fields = ListOwnFields(type);
                plan.OwnHeldFields = ListFields(type, field => !FrameworkAssemblies.IsPlatform(field.DeclaringType!.Assembly) && !IsListed(plan.Fields, field));
                plan.PlatformHeldFields = ListFields(type, field => FrameworkAssemblies.IsPlatform(field.DeclaringType!.Assembly) && HeldCollections.MayHold(field));
                plan.Settings = CollectionSettings.For(type);
            }

            switch (plan.Kind)
            {
                case CompareKind.Array:
                    plan.IsVector = type == type.GetElementType()!.MakeArrayType();
                    plan.ReadAddressAt = FunctionPointers.IsArrayOf(type) ? FunctionPointerElements.BuildReadAddressAt(type) : null;
                    break;
                case CompareKind.Dictionary:
                    plan.Dictionary = DictionaryReader.For(type);
                    plan.ReadComparer = ComparerReader.For(type);
                    plan.ReadValueComparer = ComparerReader.ValueComparerFor(type);
                    plan.IsOrdered = KeyOrder.IsOrdered(type);
                    break;
                case CompareKind.Set:
                    plan.SetContains = BuildContains(type);
                    plan.ReadComparer = ComparerReader.For(type);
                    break;
                case CompareKind.Lookup:
                    var lookupInterface = LookupShape.FindLookupInterface(type)!;
                    plan.SetContains = LookupShape.BuildContains(lookupInterface);
                    plan.LookupElements = LookupShape.BuildElements(lookupInterface);
                    plan.ReadComparer = LookupShape.BuildComparerReader(type);
                    break;
                case CompareKind.Grouping:
                    plan.GroupingKey = LookupShape.BuildKey(LookupShape.FindGroupingInterface(type)!);
                    break;
                case CompareKind.NameObjectCollection:
                    plan.ReadComparer = ComparerReader.For(type);
                    break;
                case CompareKind.Collection:
                    // Keyed collections that are not dictionaries (KeyedCollection, or a wrapper of one) have key comparers too.
                    plan.ReadComparer = ComparerReader.For(type);
                    plan.IsDefault = BuildIsDefault(type);
                    plan.ReadItems = StoredItems.For(type) ?? (collection => (IEnumerable)collection);
                    break;
                case CompareKind.Fields:
                    plan.Fields = ListFields(type);
                    plan.PointerFields = ListPointerFields(type);
                    break;
            }

            return plan;
        }

        /// <summary>
        /// The element reader of a fixed buffer or inline array struct of more than one element, or null: then the struct
        /// is compared by its declared field, which is all of a one-element one.
        /// </summary>
        private static Func<object, int, object?>? ElementReader(Type type, out int count)
        {
            count = type.IsValueType ? InlineElementReader.LengthOf(type) : 0;
            return count > 1 ? InlineElementReader.Build(type) : null;
        }

        private static CompareKind Classify(Type type, out DeepCompareAdapter? adapter)
        {
            // 1. Adapters first: a wrapper's fields are plumbing, not its meaning.
            foreach (var candidate in DeepComparer.Adapters)
            {
                if (candidate.CanHandle(type))
                {
                    adapter = candidate;
                    return CompareKind.Adapter;
                }
            }

            adapter = null;

            // 2. Framework immutables: their Equals is the class library's, with value semantics. Enums cannot override it.
            if (type.IsEnum || (TypeClassifier.IsBuiltInImmutable(type) && FrameworkAssemblies.Contains(type.Assembly)) ||
                NewerFrameworkValues.Contains(type))
            {
                return CompareKind.Value;
            }

            // 3. A boxed pointer's fields would be read as new pointers without end.
            if (type == typeof(System.Reflection.Pointer))
            {
                return CompareKind.Identity;
            }

            // 4. Collections by their meaning, dictionaries and sets before the ICollection they also are.
            if (type.IsArray)
            {
                return CompareKind.Array;
            }

            if (typeof(IDictionary).IsAssignableFrom(type))
            {
                return CompareKind.Dictionary;
            }

            if (FindSetInterface(type) != null)
            {
                return CompareKind.Set;
            }

            // System.Linq's lookups and groupings are no ICollection; their fields hold hash codes and bucket links.
            if (LookupShape.FindLookupInterface(type) != null)
            {
                return CompareKind.Lookup;
            }

            if (LookupShape.FindGroupingInterface(type) != null)
            {
                return CompareKind.Grouping;
            }

            // It is an ICollection of its keys only; its values are read through it.
            if (typeof(System.Collections.Specialized.NameObjectCollectionBase).IsAssignableFrom(type))
            {
                return CompareKind.NameObjectCollection;
            }

            if (typeof(ICollection).IsAssignableFrom(type))
            {
                return CompareKind.Collection;
            }

            // 5. Everything else, user immutables and structs included: field by field.
            return CompareKind.Fields;
        }

        /// <summary>
        /// The fields declared below the nearest class-library (or PowerShell) base, when that base is a collection: a TaggedList : List
        /// keeps its Tag there. A collection of the user's own that derives from object keeps its items in those
        /// fields, so they are not compared twice.
        /// </summary>
        private static CompareField[] ListOwnFields(Type type)
        {
            var frameworkBase = type;
            while (frameworkBase != null && !FrameworkAssemblies.IsPlatform(frameworkBase.Assembly))
            {
                frameworkBase = frameworkBase.BaseType;
            }

            if (frameworkBase is null || frameworkBase == type || frameworkBase == typeof(object))
            {
                return Array.Empty<CompareField>();
            }

            return ListFields(type, field => !FrameworkAssemblies.IsPlatform(field.DeclaringType!.Assembly));
        }

        private static CompareField[] ListFields(Type type, Func<System.Reflection.FieldInfo, bool>? include = null)
        {
            var fields = new List<CompareField>();
            foreach (var field in FieldLister.AllInstanceFields(type))
            {
                // Pointer fields are compared by address (PointerFields), not walked; [DeepCopyIgnore] fields are not part of the copyable state.
                if (!field.FieldType.IsPointer && !CopyAttributes.IsIgnored(field) && (include is null || include(field)))
                {
                    fields.Add(new CompareField(field, FieldLister.DisplayName(field)));
                }
            }

            return fields.ToArray();
        }

        private static CompareField[] ListPointerFields(Type type)
        {
            var fields = new List<CompareField>();
            foreach (var field in FieldLister.AllInstanceFields(type))
            {
                if (field.FieldType.IsPointer && !CopyAttributes.IsIgnored(field))
                {
                    fields.Add(new CompareField(field, FieldLister.DisplayName(field)));
                }
            }

            return fields.ToArray();
        }

        private static bool IsListed(CompareField[] fields, System.Reflection.FieldInfo field)
        {
            foreach (var listed in fields)
            {
                if (listed.Field == field)
                {
                    return true;
                }
            }

            return false;
        }

        private static Func<object, bool>? BuildIsDefault(Type type)
        {
            var property = type.IsValueType && FrameworkAssemblies.Contains(type.Assembly) ? type.GetProperty("IsDefault", Type.EmptyTypes) : null;
            if (property is null || property.PropertyType != typeof(bool) || property.GetGetMethod() is null)
            {
                return null;
            }

            return value => (bool)property.GetValue(value)!;
        }

        private static Type? FindSetInterface(Type type)
        {
            foreach (var implemented in type.GetInterfaces())
            {
                if (implemented.IsGenericType && implemented.GetGenericTypeDefinition() == typeof(ISet<>))
                {
                    return implemented;
                }
            }

            return null;
        }

        private static Func<object, object?, bool> BuildContains(Type type)
        {
            // (set, item) => ((ICollection<T>)set).Contains((T)item)
            var elementType = FindSetInterface(type)!.GetGenericArguments()[0];
            var collection = typeof(ICollection<>).MakeGenericType(elementType);
            var set = Expression.Parameter(typeof(object), "set");
            var item = Expression.Parameter(typeof(object), "item");
            var call = Expression.Call(
                Expression.Convert(set, collection),
                collection.GetMethod(nameof(ICollection<object>.Contains))!,
                Expression.Convert(item, elementType));
            return Expression.Lambda<Func<object, object?, bool>>(call, set, item).Compile();
        }
    }
}
