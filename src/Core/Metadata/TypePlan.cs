using System;

namespace DeepCopy.Core.Metadata
{
    /// <summary>
    /// How one runtime type is copied, computed once and shared by every strategy, so strategies can differ in
    /// speed but never in what they copy.
    /// </summary>
    internal sealed class TypePlan
    {
        private TypePlan(Type type, TypePlanKind kind)
        {
            Type = type;
            Kind = kind;
            IsValueType = type.IsValueType;
            TakenAsIs = kind == TypePlanKind.Immutable;
            IsCollectible = CollectibleTypes.IsCollectible(type);
            DeepFields = System.Array.Empty<DeepField>();
        }

        public Type Type { get; }

        public TypePlanKind Kind { get; }

        /// <summary>
        /// True when a value of this type is the copy of itself: an immutable plan, except for a struct whose box can be
        /// changed in place (<see cref="CopiesBox"/>). Cached, because the engine asks it for every child.
        /// </summary>
        public bool TakenAsIs { get; private set; }

        /// <summary>
        /// For an <see cref="TypePlanKind.Immutable"/> struct: its fields need no deep work (so it is copied with whatever
        /// holds it inline), but its box can be changed in place, so a box reached as an object is cloned (<see cref="BoxSharing"/>).
        /// </summary>
        public bool CopiesBox { get; private set; }

        /// <summary>For <see cref="TypePlanKind.Handler"/>: the handler that rebuilds values of this type.</summary>
        public DeepCopyHandler? Handler { get; private set; }

        /// <summary>
        /// For <see cref="TypePlanKind.Handler"/> of a struct renewed rather than copied (a SpinLock): how its fields and
        /// array elements are renewed in place. Null for every other plan.
        /// </summary>
        public Handlers.IInlineRenewal? InlineRenewal { get; private set; }

        /// <summary>For <see cref="TypePlanKind.Handler"/>: the handler may lend a value's MaxDepth level to what it wraps (<see cref="DeepCopyHandler.LendsLevelToWrapped"/>).</summary>
        public bool HandlerMayLendLevel { get; private set; }

        /// <summary>For <see cref="TypePlanKind.FieldWalk"/>: the fields to rewrite after the shallow clone.</summary>
        public DeepField[] DeepFields { get; private set; }

        /// <summary>
        /// For <see cref="TypePlanKind.Handler"/>: the handler is user code, not one of the engine's own. Its calls may take
        /// any time, so the token is read after each, and its shells are checked for the source's type (built-in handlers
        /// are trusted, so the check costs nothing on their hot path).
        /// </summary>
        public bool RunsUserCode { get; private set; }

        /// <summary>For <see cref="TypePlanKind.NonCopyable"/>: why, in words that fit after "because".</summary>
        public string? NonCopyableReason { get; private set; }

        /// <summary>For <see cref="TypePlanKind.NonCopyable"/> plans made by a type policy: the action that replaces the copy's <see cref="NonCopyableAction"/>.</summary>
        public NonCopyableAction? FixedAction { get; private set; }

        /// <summary>For <see cref="TypePlanKind.Array"/>: the element type.</summary>
        public Type? ElementType { get; private set; }

        /// <summary>For <see cref="TypePlanKind.Array"/>: elements are immutable, so one block copy is the whole copy.</summary>
        public bool ElementsAreImmutable { get; private set; }

        /// <summary>For <see cref="TypePlanKind.Array"/>: a one-dimensional, zero-based array.</summary>
        public bool IsVector { get; private set; }

        /// <summary>For <see cref="TypePlanKind.Array"/> of structs that hold references: the element plan.</summary>
        public TypePlan? StructElementPlan { get; private set; }

        /// <summary>True when a copy needs a second pass (a populate step) after its shell exists.</summary>
        public bool NeedsPopulate { get; private set; }

        /// <summary>Cached: <see cref="Type.IsValueType"/> is a call, and the engine asks it for every new object.</summary>
        public bool IsValueType { get; }

        /// <summary>
        /// True for a type a host may unload: a pooled copy context that met one forgets its plans after the copy, so
        /// the thread it is cached on does not keep the type alive.
        /// </summary>
        public bool IsCollectible { get; }

        /// <summary>
        /// True when a registered <see cref="DeepCopyAttachedState"/> wants to be asked about this type's objects. Set
        /// once when the plan is built, so types no attached state concerns cost the engine nothing for it.
        /// </summary>
        public bool MayHaveAttachedState { get; internal set; }

        /// <summary>
        /// For a built-in handler's generic collection, an array or a class's field walk: the struct types it stores
        /// inline, whose boxes the engine makes itself while copying them (<see cref="InlineSlots"/>); null for everything else.
        /// </summary>
        public Type[]? InlineSlotTypes { get; internal set; }

        /// <summary>
        /// For <see cref="TypePlanKind.FieldWalk"/>: the generated populate delegate, once compiled. The plan is the one
        /// cache for everything derived from a type, so invalidating plans drops compiled code with them.
        /// </summary>
        internal volatile Action<object, DeepCopyContext>? CompiledPopulate;

        /// <summary>
        /// For <see cref="TypePlanKind.FieldWalk"/>: the generated shell factory (allocate, copy every field), once
        /// compiled; <see cref="Compilation.CompiledShellCache"/> stores MemberwiseClone here where generation is refused.
        /// </summary>
        internal volatile Func<object, DeepCopyContext, object>? CompiledShell;

        /// <summary>
        /// For a vector <see cref="TypePlanKind.Array"/>: the typed copier that makes its shell, once bound
        /// (<see cref="Engine.VectorCloner"/>).
        /// </summary>
        internal volatile Func<Array, Array>? VectorClone;

        /// <summary>
        /// The class library's static objects a copy keeps for this type's values (<see cref="Metadata.FrameworkStatics"/>),
        /// once computed; empty for most types, and for every type of the user's own.
        /// </summary>
        internal volatile object[]? SharedStatics;

        /// <summary>Guards compilation so each plan is compiled at most once, however many threads want it.</summary>
        internal readonly object CompileGate = new object();

        /// <summary>Objects of this type Auto has copied through reflection so far; it compiles the type past a threshold.</summary>
        internal int ReflectionUses;

        public static TypePlan Immutable(Type type) => new TypePlan(type, TypePlanKind.Immutable);

        /// <summary>A struct that holds no references; <paramref name="boxIsShared"/> false gives each box reached as an object a copy.</summary>
        public static TypePlan ImmutableStruct(Type type, bool boxIsShared) =>
            new TypePlan(type, TypePlanKind.Immutable) { TakenAsIs = boxIsShared, CopiesBox = !boxIsShared };

        public static TypePlan NonCopyable(Type type, string reason) =>
            new TypePlan(type, TypePlanKind.NonCopyable) { NonCopyableReason = reason };

        /// <summary>A plan that refuses, drops or shares every value the same way, whatever the copy's <see cref="NonCopyableAction"/>.</summary>
        public static TypePlan Refused(Type type, string reason, NonCopyableAction action) =>
            new TypePlan(type, TypePlanKind.NonCopyable) { NonCopyableReason = reason, FixedAction = action };

        public static TypePlan ForHandler(Type type, DeepCopyHandler handler) =>
            new TypePlan(type, TypePlanKind.Handler)
            {
                Handler = handler,
                NeedsPopulate = handler.NeedsPopulate,
                HandlerMayLendLevel = handler.MayLendLevelToWrapped,
                InlineRenewal = handler as Handlers.IInlineRenewal,
            };

        /// <summary>A handler the user supplied (registered, or a Custom or Clone policy): see <see cref="RunsUserCode"/>.</summary>
        public static TypePlan ForUserHandler(Type type, DeepCopyHandler handler) =>
            new TypePlan(type, TypePlanKind.Handler) { Handler = handler, NeedsPopulate = handler.NeedsPopulate, RunsUserCode = true, HandlerMayLendLevel = handler.MayLendLevelToWrapped };

        public static TypePlan ForFields(Type type, DeepField[] deepFields) =>
            new TypePlan(type, TypePlanKind.FieldWalk) { DeepFields = deepFields, NeedsPopulate = deepFields.Length > 0 };

        public static TypePlan ForArray(Type type, Type elementType, bool elementsAreImmutable, TypePlan? structElementPlan) =>
            new TypePlan(type, TypePlanKind.Array)
            {
                ElementType = elementType,
                ElementsAreImmutable = elementsAreImmutable,
                StructElementPlan = structElementPlan,
                IsVector = type == elementType.MakeArrayType(),
                NeedsPopulate = !elementsAreImmutable,
            };

        public override string ToString() => Kind + " " + Type.FullName;
    }
}
