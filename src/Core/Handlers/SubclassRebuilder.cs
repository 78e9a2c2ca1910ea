using System;
using System.Reflection;
using DeepCopy.Core.Engine;
using DeepCopy.Core.Metadata;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Rebuilds a user subclass of a collection (a hashed one, or LinkedList) without running the subclass's constructor:
    /// a shallow clone keeps the subclass's own fields, the collection part inherited from <see cref="BaseType"/> is zeroed
    /// and constructed afresh by running the base type's constructor on it, and the subclass's own fields are then
    /// deep-copied by the field walker. The entries are re-added by the caller, so keys hash in the new instance.
    /// </summary>
    internal sealed class SubclassRebuilder
    {
        private const BindingFlags DeclaredInstanceFields =
            BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

        private readonly FieldInfo[] _baseFields;
        private readonly ConstructorInfo _baseConstructor;
        private readonly TypePlan _ownFields;

        public SubclassRebuilder(Type subclass, Type baseType, Type[] constructorParameters)
        {
            BaseType = baseType;
            _baseConstructor = baseType.GetConstructor(constructorParameters)
                ?? throw new InvalidOperationException(baseType + " has no constructor taking the expected parameters.");
            var fields = new System.Collections.Generic.List<FieldInfo>();
            for (var current = baseType; current != null && current != typeof(object); current = current.BaseType)
            {
                fields.AddRange(current.GetFields(DeclaredInstanceFields));
            }

            _baseFields = fields.ToArray();
            // No layout refusal can come back: the runtime will not load an explicit layout over a collection's auto layout.
            _ownFields = TypePlan.ForFields(subclass, FieldLister.DeepFields(subclass, TypePlanCache.Get, out _, baseType));
        }

        public Type BaseType { get; }

        /// <summary>A copy of <paramref name="source"/> whose inherited collection part is new and empty.</summary>
        public object CreateShell(object source, params object?[] constructorArguments)
        {
            var shell = ShallowCloner.Clone(source);
            foreach (var field in _baseFields)
            {
                field.SetValue(shell, field.FieldType.IsValueType ? Activator.CreateInstance(field.FieldType) : null);
            }

            // Invoking a constructor on an existing instance runs it as an initializer: only the base part is set up.
            _baseConstructor.Invoke(shell, constructorArguments);
            return shell;
        }

        /// <summary>Deep-copies the fields the subclass declares itself.</summary>
        public void PopulateOwnFields(object source, object shell, DeepCopyContext context)
        {
            if (_ownFields.DeepFields.Length > 0)
            {
                ReflectionObjectFiller.Instance.Populate(source, shell, _ownFields, context);
            }
        }
    }
}
